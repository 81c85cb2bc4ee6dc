import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { join } from 'node:path';
import { pagePaths, PROJECT, readPage } from './site';

/**
 * Every page validates with html-validate's recommended rules. Rules turned off in
 * .htmlvalidate.json, and why:
 * - require-sri: every script and stylesheet is the site's own, same-origin file; SRI guards third-party CDNs.
 * - no-trailing-whitespace: Astro's output formatting, not something a reader or parser sees.
 * - long-title: notice titles are the official titles, which are long by nature.
 * Rules configured: valid-id is relaxed to what HTML allows (any id without spaces): a notice's
 * paragraph anchors are its own numbering, and an item "1." before any 一、 has the id "1";
 * tel-non-breaking accepts the whitespace-nowrap class (the printed ASCII hyphen
 * stays, so a copied number still dials); form-dup-name lets a group of checkboxes share a name.
 */
describe('html-validate', () => {
  it('every page is valid', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const p of pagePaths()) {
      const report = await validator.validateString(readPage(p), join(PROJECT, 'dist', p, 'index.html'));
      for (const r of report.results)
        for (const m of r.messages) failures.push(`${p}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
  });
});
