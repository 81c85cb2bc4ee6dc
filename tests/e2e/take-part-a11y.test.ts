import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { axeViolations } from './axe';
import { it, siteUrl, WIDTHS } from './browser';
import { PROJECT } from './site';

/**
 * The pre-check's answer is drawn after the page loads, so the page sweep of a11y.test.ts does not
 * see it: axe-core runs over it here, once an answer is on the page.
 */
describe('accessibility of the pre-check answer', () => {
  it('the pre-check answer has no axe violations', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('subprojects/micro-video/'));
    await page.setInputFiles('#precheck-file', join(PROJECT, 'tests/fixtures/video/mov-renamed.mp4'));
    await page.locator('[data-verdict]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
