import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it, siteUrl, WIDTHS } from './browser';
import { axeViolations } from './axe';
import { newReport, SAMPLE_ARGS, withFixture } from '../content/helpers';
import { validateContent } from '../../src/lib/content';
import { HOST_KINDS, HOST_NAMES, NO_REPOSITORY, NO_REPOSITORY_STEPS, newFilePage, type Repository } from '../../src/lib/report/hosts';

type Entry = { unit: string; asOf: string; activities?: string; propagandists?: string; workersReached?: string; source: string };

async function fill(page: Page, v: Entry) {
  if (v.unit) await page.selectOption('#r-unit', v.unit);
  await page.fill('#r-date', v.asOf);
  for (const k of ['activities', 'propagandists', 'workersReached'] as const) await page.fill(`#r-${k}`, v[k] ?? '');
  await page.fill('#r-source', v.source);
  await page.click('#report-form button[type=submit]');
  await page.waitForSelector('#report-result:not([hidden])');
}

const GOOD: Entry = { unit: 'fujian/quanzhou/jinjiang', asOf: '2019-09-01', activities: '1', propagandists: '10', workersReached: '120', source: '晋江市总工会关于主题活动开展情况的报告' };

/** Each box the page marked: its aria-invalid, the text of what describes it (besides the count boxes' standing hint), and whether it has focus. */
async function marks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#report-form select, #report-form input')].map((el) => ({
      id: el.id,
      invalid: el.getAttribute('aria-invalid') === 'true',
      described: (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => document.getElementById(id))
        .filter((d): d is HTMLElement => Boolean(d) && !d!.hidden && d!.id !== 'r-counts-hint')
        .map((d) => d.textContent ?? ''),
      focused: document.activeElement === el,
    })),
  );
}
const byId = (list: Awaited<ReturnType<typeof marks>>) => Object.fromEntries(list.map((m) => [m.id, m]));

describe('/report/', () => {
  it('produces exactly the file npm run new:report writes for the same entry, and the build accepts it', async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('report/'));
    await fill(page, GOOD);
    const text = await page.textContent('#report-text');
    const path = await page.textContent('#report-path');
    expect(errors).toEqual([]);
    expect(path).toBe('content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json');

    withFixture('empty', (root) => {
      const r = newReport(root, SAMPLE_ARGS);
      expect(r.status, r.stderr).toBe(0);
      expect(text).toBe(readFileSync(join(root, path!), 'utf8'));
      expect(validateContent({ root, today: '2019-10-15' }).issues).toEqual([]);
    });

    // The test site has no repository set: the page says so and names none, and offers copy and download only.
    expect(await page.getAttribute('#report-form', 'data-repo')).toBe('');
    expect(await page.isVisible('#report-open')).toBe(false);
    expect(await page.textContent('#report-host')).toBe(NO_REPOSITORY);
    expect(await page.textContent('main')).not.toMatch(/example\/|GitHub：/);
    expect(await page.isVisible('#report-download')).toBe(true);
    expect(await page.isVisible('#report-copy')).toBe(true);
    expect(await page.$$eval('#report-steps li', (li) => li.map((l) => l.textContent))).toEqual(NO_REPOSITORY_STEPS);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('an empty form: each box says what it needs, in the form’s words, marked and described; focus goes to the first', async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('report/'));
    await page.click('#report-form button[type=submit]');
    await page.waitForSelector('#report-result:not([hidden])');
    const m = byId(await marks(page));
    expect(m['r-unit']).toMatchObject({ invalid: true, described: ['请选择单位。'], focused: true });
    expect(m['r-date']).toMatchObject({ invalid: true, described: ['请填写报告截至日期。'] });
    expect(m['r-source']).toMatchObject({ invalid: true, described: ['请填写数字出处（报告的标题或文号）。'] });
    for (const k of ['activities', 'propagandists', 'workersReached', 'netizensCovered', 'grassrootsUnions'])
      expect(m[`r-${k}`]!.invalid && m[`r-${k}`]!.described.includes('报告中的数字：请至少填写一项（报告里给出的数字）。'), k).toBe(true);
    expect(await page.textContent('#report-status')).toBe('还不能生成文件：有 4 处需要修改，已在对应的栏目下标出。');
    // Never a file path or a field path: those are for the command line and CI.
    const shown = await page.evaluate(() => document.querySelector('main')!.innerText);
    expect(shown).not.toMatch(/content\/progress|字段|asOf|\.json/);
    expect(await page.isHidden('#report-file')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('dates and counts: each message at its box; fixing them clears the marks', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.desktop);
    await page.goto(siteUrl('report/'));
    await fill(page, { ...GOOD, asOf: '2030-01-01', activities: '-1', propagandists: '1.5', workersReached: '十' });
    const m = byId(await marks(page));
    expect(m['r-date']!.described[0]).toMatch(/^报告截至日期不能晚于今天（\d{4}年\d+月\d+日）。$/);
    expect(m['r-activities']!.described).toEqual(['线下活动（场）不能小于 0。']);
    expect(m['r-propagandists']!.described).toEqual(['职工好网民宣传员（名）：请填写整数，不要写小数。']);
    expect(m['r-workersReached']!.described).toEqual(['面对面接触职工（名）：请只填数字，如 12。']);
    expect(m['r-date']!.focused).toBe(true);
    expect(m['r-unit']!.invalid).toBe(false);
    await fill(page, GOOD);
    expect((await marks(page)).filter((x) => x.invalid)).toEqual([]);
    expect(await page.isVisible('#report-file')).toBe(true);
  });

  it('bounds: past ten times the national target, and 99999999999999999999, refused at the box, as new:report and the build refuse them', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('report/'));
    await fill(page, { ...GOOD, unit: 'fujian', activities: '30001', workersReached: '99999999999999999999' });
    const m = byId(await marks(page));
    expect(m['r-activities']).toMatchObject({ invalid: true, focused: true, described: ['线下活动（场）不能超过 30,000（全国目标 3,000 的十倍）。请核对是否多写了位数。'] });
    expect(m['r-workersReached']!.described).toEqual(['面对面接触职工（名）不能超过 5,000,000（全国目标 500,000 的十倍）。请核对是否多写了位数。']);
    expect(await page.isHidden('#report-file')).toBe(true);
    withFixture('empty', (root) => {
      const r = newReport(root, ['--unit', 'fujian', '--date', '2019-09-01', '--activities', '30001', '--workers', '99999999999999999999', '--source', 'x']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/字段 activities\n\s+应为：不大于 30000/);
      expect(r.stderr).toMatch(/字段 workersReached\n\s+应为：不大于 5000000/);
    });
  });

  it('a report with no figure is refused at the group of counts, focus on its first box', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('report/'));
    await fill(page, { ...GOOD, activities: '', propagandists: '', workersReached: '' });
    const m = byId(await marks(page));
    expect(m['r-activities']).toMatchObject({ invalid: true, focused: true });
    expect(await page.textContent('#r-counts-error')).toBe('报告中的数字：请至少填写一项（报告里给出的数字）。');
    expect(await page.textContent('#report-status')).toBe('还不能生成文件：有 1 处需要修改，已在对应的栏目下标出。');
  });

  it('reads "１３", "1,300" and "1 200" as numbers, shows what it changed, and writes what new:report writes for the same typing', async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('report/'));
    await fill(page, { ...GOOD, activities: '１３', propagandists: '1,300', workersReached: '1 200' });
    expect(await page.inputValue('#r-activities')).toBe('13');
    expect(await page.inputValue('#r-propagandists')).toBe('1300');
    const m = byId(await marks(page));
    // 13 activities for 晋江 (its target is 1): read as typed, and a warning beside it that stops nothing.
    expect(m['r-activities']!.described.join(' ')).toContain('已按 13 读入（原来填的是“１３”：全角数字改成了半角）。');
    expect(m['r-activities']!.described.join(' ')).toContain('13 是本单位目标 1 的 13 倍，请核对是否多写了位数；没有写错就可以照常提交。');
    expect(m['r-propagandists']!.described.join(' ')).toContain('已按 1300 读入（原来填的是“1,300”：去掉了千位分隔符）。');
    expect(m['r-workersReached']!.described.join(' ')).toContain('已按 1200 读入（原来填的是“1 200”：去掉了空格）。');
    expect((await marks(page)).some((x) => x.invalid)).toBe(false);
    const text = await page.textContent('#report-text');
    expect(JSON.parse(text!)).toMatchObject({ activities: 13, propagandists: 1300, workersReached: 1200 });
    withFixture('empty', (root) => {
      const r = newReport(root, ['--unit', GOOD.unit, '--date', GOOD.asOf, '--activities', '１３', '--propagandists', '1,300', '--workers', '1 200', '--source', GOOD.source]);
      expect(r.status, r.stderr).toBe(0);
      expect(text).toBe(readFileSync(join(root, 'content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json'), 'utf8'));
    });
    expect(errors).toEqual([]);
  });

  it('each git host: the button opens its new-file page, the steps are its own, and where it cannot fill in, the contents go on the clipboard', async ({ openPage }) => {
    const { context, page } = await openPage(WIDTHS.phone);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('')).origin });
    // The hosts are not reachable from the test machine: the new tab's request is stopped.
    await context.route(/^https:\/\/(git\.example\.org|github\.com)\//, (route) => route.abort());
    await page.goto(siteUrl('report/'));
    for (const kind of HOST_KINDS) {
      const repo: Repository = { kind, url: 'https://git.example.org/union/portal', branch: 'main' };
      await page.evaluate((r) => {
        document.getElementById('report-form')!.dataset.repo = r;
      }, JSON.stringify(repo));
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await fill(page, GOOD);
      const path = (await page.textContent('#report-path'))!;
      const text = (await page.textContent('#report-text'))!;
      const expected = newFilePage(repo, path, text);
      expect(await page.getAttribute('#report-open', 'href'), kind).toBe(expected.url);
      expect(await page.textContent('#report-open'), kind).toMatch(new RegExp(`^在 ${HOST_NAMES[kind]} ?上创建这个文件$`));
      expect(await page.textContent('#report-host'), kind).toBe(`提交到 ${HOST_NAMES[kind]}`);
      const steps = await page.$$eval('#report-steps li', (li) => li.map((l) => l.textContent ?? ''));
      expect(steps.length, kind).toBeGreaterThanOrEqual(3);
      const popup = context.waitForEvent('page');
      await page.click('#report-open');
      await (await popup).close();
      if (expected.copyContents) {
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5_000 }).toBe(text);
        expect(steps.join(''), kind).toContain('Ctrl+V');
        expect(await page.textContent('#report-copied'), kind).toContain('文件内容已复制');
      } else {
        expect(await page.evaluate(() => navigator.clipboard.readText()), kind).toBe('');
      }
    }
    // At 390 px the file, the steps (with the whole path) and the buttons fit: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.click('#report-copy-path');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json');
  });

  it('lists the units from its data, not in the page; the finder narrows the list; a check fetches only its year', async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname);
    });
    const res = await page.goto(siteUrl('report/'));
    // At 3,000 units the list would outweigh the rest of the page: it comes with the form's data.
    expect(await res!.text()).not.toContain(`value="${GOOD.unit}"`);
    await page.waitForSelector(`#r-unit option[value="${GOOD.unit}"]`, { state: 'attached' });
    const options = () => page.$$eval('#r-unit option', (os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const all = (await options()).slice(1);
    expect(await page.textContent('#r-unit-found')).toBe(`名单中共 ${all.length} 个单位。`);

    await page.fill('#r-unit-filter', '晋江');
    const named = all.filter((o) => o.text.includes('晋江')).map((o) => o.value);
    expect((await options()).slice(1).map((o) => o.value)).toEqual(named);
    expect(await page.textContent('#r-unit-found')).toContain(`找到 ${named.length} 个单位`);
    expect(named.length).toBeGreaterThan(0);
    if (named.length === 1) expect(await page.inputValue('#r-unit')).toBe(named[0]);

    // Typed on a phone's full-width keyboard, in capitals: the id still matches.
    await page.fill('#r-unit-filter', 'ＪＩＮＪＩＡＮＧ');
    expect((await options()).map((o) => o.value)).toContain(GOOD.unit);
    await page.fill('#r-unit-filter', '没有这个单位');
    expect((await options()).map((o) => o.value)).toEqual(['']);
    expect(await page.textContent('#r-unit-found')).toBe('没有名称或编号含“没有这个单位”的单位。');
    await page.fill('#r-unit-filter', '');
    expect((await options()).length).toBe(all.length + 1);

    await fill(page, GOOD);
    expect(await page.textContent('#report-path')).toBe(`content/campaigns/2019/progress/${GOOD.unit}/2019-09-01.json`);
    expect(fetched.map((f) => f.replace(/^.*?(report\/)/, '$1'))).toEqual(['report/context.json', 'report/context/2019.json']);
    expect(errors).toEqual([]);
  });

  it('explains the manual steps when JavaScript is off', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone, false);
    await page.goto(siteUrl('report/'));
    expect(await page.isVisible('#report-nojs')).toBe(true);
    expect(await page.textContent('#report-nojs')).toContain('content/campaigns/2019/progress/');
    // Where a clerk without the form's list finds the unit's id: the unit list, and its page's address.
    expect(await page.textContent('#report-nojs')).toContain('单位编号就是该单位页面地址中 units/ 后面的部分');
    expect(await page.getAttribute('#report-nojs a', 'href')).toBe(new URL(siteUrl('units/')).pathname);
  });
});
