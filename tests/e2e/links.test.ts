import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './links';
import { BASE, DIST, PROJECT } from './site';

describe('links in the built site', () => {
  const report = checkLinks(DIST, BASE);

  it('every internal link, anchor and asset resolves', () => {
    expect(report.checked).toBeGreaterThan(50);
    expect(report.broken).toEqual([]);
  });

  it('external links carry rel="noopener noreferrer" and are listed in a report', () => {
    expect(report.unsafeExternal).toEqual([]);
    const unique = [...new Set(report.external.map((e) => e.href))].sort();
    const dir = join(PROJECT, 'reports');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'external-links.txt'),
      `# External links in the built site (not fetched: tests use no network)\n${unique.join('\n')}\n\n# Where\n${report.external.map((e) => `${e.page}\t${e.href}`).join('\n')}\n`,
    );
  });
});
