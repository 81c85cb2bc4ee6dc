/**
 * /admin/ (Decap CMS) against decap-server in git mode, on a repository the test makes in a
 * temporary folder (content/ = the test site; never this work tree): it loads under its own CSP
 * with no console error, and staff's tasks are done through the forms — a new sub-unit, a county
 * notice, its allocation table and its deadline, a progress report for a county, a contact's phone
 * corrected, a misprint in official text corrected and recorded in one save, a call's rules changed
 * (with its preview in the site's styles). Each save lands on its cms/ branch, where the content check passes; each is then merged as a pull request would be, and
 * the built site shows them. A table whose rows do not add up is refused by the check on its branch
 * with the message `npm run check` gives. About 80 s, two builds of the test site included.
 *
 * `ADMIN_SCREENSHOTS=1 npx vitest run --project admin` also writes CONTRIBUTING's pictures of each
 * form (docs/images/admin-*-390.png and -1280.png), filled in, just before it is saved.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, initContentRepo, startDecapServer } from '../../scripts/admin-local.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { buildEnv, ROOT } from '../../scripts/test-sites.mjs';
import { checkCommand } from '../../src/lib/content/check-command';
import { REPORT_STATUS_LABEL } from '../../src/lib/words';
import { launch, WIDTHS } from './browser';

const COMPONENTS = join(ROOT, 'src/components/content/');
const OUT = join(ROOT, 'dist-test/admin');
const AFTER = join(ROOT, 'dist-test/admin-after');

let tmp: string;
let repo: string;
let browser: Browser;
let decap: Awaited<ReturnType<typeof startDecapServer>>;
let site: Awaited<ReturnType<typeof startServer>>;
let page: Page;
const errors: string[] = [];
let checks = 0;
/** Requests to decap-server not yet answered: while one is, it may have a cms/ branch checked out. */
let apiUrl = '';
let apiInFlight = 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function build(contentDir: string, outDir: string, extra: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv({ PORTAL_CONTENT_DIR: contentDir, PORTAL_CACHE_DIR: join(ROOT, 'node_modules', `.astro-${outDir.split('/').at(-1)}`), ...extra }),
  });
  if (r.status !== 0) throw new Error(`构建失败：${r.stdout}\n${r.stderr}`);
}

/** The content check on a branch of the test's repository, as CI would run it on the pull request. */
function checkBranch(branch: string): ReturnType<typeof checkCommand> & { dir: string } {
  const dir = join(tmp, `check-${++checks}-${branch.replace(/\//g, '-')}`);
  git(repo, 'worktree', 'add', '--quiet', '--force', '--detach', dir, branch);
  return { ...checkCommand([], { PORTAL_CONTENT_DIR: join(dir, 'content') }, dir, COMPONENTS), dir };
}

/** What a merged pull request does: the branch into main, then the branch deleted. */
function merge(branch: string): void {
  git(repo, 'merge', '--quiet', '--no-ff', '-m', `合并 ${branch}`, branch);
  git(repo, 'branch', '-D', branch);
}

/** The lines a saved branch adds or removes against main (the diff a reviewer reads), without the file headers. */
function changedLines(branch: string, ...files: string[]): string[] {
  const diff = git(repo, 'diff', 'main', branch, ...(files.length > 0 ? ['--', ...files] : []));
  return diff.split('\n').filter((l) => /^[+-][^+-]/.test(l));
}

const cmsBranches = () => git(repo, 'branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n').filter(Boolean);

// ── Decap's forms, by their Chinese labels ──

/** The control of the field labelled `label` (the n-th such label on the page). */
async function control(label: string, nth = 0) {
  const id = await labelled(label)
    .nth(nth)
    .getAttribute('for', { timeout: 15_000 })
    .catch(async (e: unknown) => {
      await page.screenshot({ path: join(ROOT, 'dist-test', 'admin-failed.png'), fullPage: true });
      throw e;
    });
  if (!id) throw new Error(`没有找到“${label}”`);
  return page.locator(`[id="${id}"]`);
}
async function fill(label: string, value: string, nth = 0) {
  await (await control(label, nth)).fill(value);
}
/** A select or a relation (react-select): type, wait for the option, choose it. */
async function choose(label: string, typed: string, option: string | RegExp = typed, nth = 0) {
  const input = await control(label, nth);
  await input.click();
  await input.pressSequentially(typed, { delay: 20 });
  await page.getByRole('option', { name: option }).first().click();
}
const labelled = (label: string) => page.locator('label', { hasText: new RegExp(`^${label}( \\(可选\\))?$`) });
/** Adds an item to a list of words and fills it: the new item's box carries the list's label, last. */
async function addWord(listLabel: string, value: string) {
  await page.getByRole('button', { name: `新增${listLabel}` }).last().click();
  await fill(listLabel, value, (await labelled(listLabel).count()) - 1);
}
/** CONTRIBUTING's pictures of the form as it is (ADMIN_SCREENSHOTS=1), at a phone's and a desktop's width. */
async function shoot(name: string) {
  if (!process.env.ADMIN_SCREENSHOTS) return;
  for (const [width, size] of [[1280, WIDTHS.desktop], [390, WIDTHS.phone]] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ROOT, 'docs/images', `admin-${name}-${width}.png`) });
  }
  await page.setViewportSize(WIDTHS.desktop);
}
async function save() {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('修改已保存').first().waitFor({ timeout: 20_000 });
  await apiSettled();
}
/**
 * Until decap-server has answered every request of the editor and none came for half a second:
 * it checks a cms/ branch out while it reads or writes one (also to show the entry just saved)
 * and main again before it answers, and a merge into main meanwhile would find the branch out.
 */
async function apiSettled() {
  const until = Date.now() + 20_000;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500) {
    if (Date.now() > until) throw new Error(`decap-server 仍有 ${apiInFlight} 个请求没有答复`);
    await page.waitForTimeout(50);
    if (apiInFlight > 0) quietSince = Date.now();
  }
}
/** Opens a form afresh (a new page load, so nothing of the last form is on the page). */
async function open(hash: string) {
  await page.goto('about:blank');
  await page.goto(`${site.url}admin/#/${hash}`);
  await page.getByText('正在集合').first().waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'portal-admin-'));
  repo = join(tmp, 'repo');
  initContentRepo(repo, join(ROOT, 'tests/fixtures/site'));
  const port = await freePort();
  build(join(repo, 'content'), OUT, { PORTAL_CMS_LOCAL: `http://127.0.0.1:${port}/api/v1`, PORTAL_REPO_BRANCH: 'main' });
  decap = await startDecapServer(repo, port);
  apiUrl = `http://127.0.0.1:${port}/api/v1`;
  site = await startServer(OUT, '/');
  browser = await launch();
  const context = await browser.newContext({ viewport: WIDTHS.desktop, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (r.url().startsWith(apiUrl)) apiInFlight++;
  });
  const answered = (r: Request) => {
    if (r.url().startsWith(apiUrl)) apiInFlight--;
  };
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} ${m.location().url}`);
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  decap?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('/admin/ on decap-server', () => {
  it('loads under its own CSP with no console error, in Chinese, with every kind of content', async () => {
    await page.goto(`${site.url}admin/`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:\d+/);
    await page.getByRole('button', { name: '登录' }).click();
    for (const name of ['2019年 · 活动概况', '2019年 · 通知', '2019年 · 任务分配表', '2019年 · 日程', '2019年 · 征集项目', '2019年 · 进度报告', '单位名单', '搜索词表'])
      await page.getByRole('link', { name }).first().waitFor();
    await shoot('home');
    expect(errors).toEqual([]);
  });

  it('a new town under a county: a unit added to its branch file', async () => {
    await open('collections/units/entries/fujian-quanzhou');
    await page.getByRole('button', { name: '新增单位' }).click();
    const n = (await page.locator('label', { hasText: /^单位编号$/ }).count()) - 1;
    await fill('单位编号', 'fujian/quanzhou/quangang/nanpu', n);
    await fill('名称', '南埔镇总工会', n);
    await choose('类别', '镇', /^镇$/, n);
    await choose('上级单位', '泉港', '泉港区总工会', n);
    await shoot('unit');
    await save();
    expect(cmsBranches()).toContain('cms/units/fujian-quanzhou');
    // Only the new unit: the file is otherwise written as it was.
    expect(changedLines('cms/units/fujian-quanzhou', 'content/units/fujian-quanzhou.json')).toEqual([
      '+  },',
      '+  {',
      '+    "id": "fujian/quanzhou/quangang/nanpu",',
      '+    "name": "南埔镇总工会",',
      '+    "kind": "town",',
      '+    "parent": "fujian/quanzhou/quangang"',
    ]);
    expect(checkBranch('cms/units/fujian-quanzhou').code).toBe(0);
    merge('cms/units/fujian-quanzhou');
  });

  it('a county notice: its id from its 文号, its body as typed', async () => {
    await open('collections/notice-2019/new');
    await fill('通知标题', '泉港区总工会关于开展2019年“网聚职工正能量 争做中国好网民”主题活动的通知');
    await fill('简称', '泉港区总工会通知');
    await fill('文号', '泉港工〔2019〕14号');
    await choose('级别', '县级');
    await choose('发文单位', '泉港', '泉港区总工会');
    await addWord('版头各行', '泉港区总工会');
    await addWord('发文机关', '泉港区总工会');
    await addWord('落款', '泉港区总工会');
    await fill('成文日期', '2019-08-10');
    await choose('贯彻的上级通知', '泉工', /泉工〔2019〕27号/);
    await page.getByRole('button', { name: '新增联系人' }).click();
    await addWord('姓名', '林晓');
    await addWord('电话', '0595-87980000');
    await fill('摘要', '泉港区总工会部署开展主题活动，南埔镇开展1场线下活动、发展10名宣传员，9月20日前报送。');
    // The body in raw mode: a plain text box (Slate), typed as staff type.
    const body = labelled('正文').locator('xpath=../..').locator('[role="textbox"][contenteditable="true"]');
    await body.click();
    await page.keyboard.type('各镇（街道）总工会：\n\n请于9月20日前将活动开展情况报送区总工会。');
    await shoot('notice');
    await save();
    expect(cmsBranches()).toContain('cms/notice-2019/qgg-2019-14');
    const check = checkBranch('cms/notice-2019/qgg-2019-14');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const text = readFileSync(join(check.dir, 'content/campaigns/2019/notices/qgg-2019-14.mdx'), 'utf8');
    expect(text).toContain('docNumber: "泉港工〔2019〕14号"');
    expect(text).not.toContain('""');
    expect(text).toContain('---\n\n各镇（街道）总工会：\n\n请于9月20日前将活动开展情况报送区总工会。\n');
    merge('cms/notice-2019/qgg-2019-14');
  });

  it('its allocation table: rows with units picked by name, named after its notice', async () => {
    await open('collections/plan-2019/new');
    await choose('所属通知', '泉港', /泉港工〔2019〕14号/);
    await choose('下达任务的单位', '泉港', '泉港区总工会');
    await fill('线下活动（场）', '1', 0);
    await fill('职工好网民宣传员（名）', '10', 0);
    await page.getByRole('button', { name: '新增表格各列' }).click();
    await choose('指标', '线下', '线下活动数量', 0);
    await fill('列名', '线下活动数量 (场)', 0);
    await page.getByRole('button', { name: '新增表格各列' }).click();
    await choose('指标', '宣传员', '好网民宣传员', 1);
    await fill('列名', '好网民宣传员 (人)', 1);
    await page.getByRole('button', { name: '新增表格各行' }).click();
    await choose('单位', '南埔', '南埔镇总工会', 0);
    await fill('线下活动（场）', '1', 1);
    await fill('职工好网民宣传员（名）', '10', 1);
    await fill('线下活动（场）', '1', 2);
    await fill('职工好网民宣传员（名）', '10', 2);
    await shoot('plan');
    await save();
    const check = checkBranch('cms/plan-2019/qgg-2019-14');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    merge('cms/plan-2019/qgg-2019-14');
  });

  it('its deadline: a timeline file of its own, named after its notice', async () => {
    await open('collections/timeline-2019/new');
    await page.getByRole('button', { name: '新增日程' }).click();
    await fill('编号', 'quangang-report');
    await choose('设定期限的单位', '泉港', '泉港区总工会');
    await choose('出自通知', '泉港', /泉港工〔2019〕14号/);
    await choose('类别', '截止', '截止期限');
    await choose('约束谁', '直属', '直属下级单位');
    await fill('事项', '各镇（街道）总工会将活动开展情况报送区总工会');
    await fill('截止日期', '2019-09-20');
    await choose('通知写到', '日', /^日/);
    await shoot('deadline');
    await save();
    const check = checkBranch('cms/timeline-2019/qgg-2019-14');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    merge('cms/timeline-2019/qgg-2019-14');
  });

  it('a progress report for a county, filed under its unit and date', async () => {
    await open('collections/progress-2019/new');
    await choose('报告单位', '泉港', '泉港区总工会');
    await fill('截至日期', '2019-09-15');
    await fill('线下活动（场）', '1');
    await fill('职工好网民宣传员（名）', '8');
    await fill('来源', '泉港区总工会关于主题活动开展情况的报告');
    await shoot('progress');
    await save();
    const branch = cmsBranches().find((b) => b.startsWith('cms/progress-2019/'));
    expect(branch).toBeDefined();
    const check = checkBranch(branch!);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const file = join(check.dir, 'content/campaigns/2019/progress/fujian/quanzhou/quangang/2019-09-15.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      unit: 'fujian/quanzhou/quangang',
      asOf: '2019-09-15',
      activities: 1,
      propagandists: 8,
      source: '泉港区总工会关于主题活动开展情况的报告',
    });
    merge(branch!);
  });

  it("a contact's phone corrected: one line of the file changes", async () => {
    await open('collections/notice-2019/entries/qgg-2019-14');
    await fill('电话', '0595-87980001', 1);
    await (await control('电话', 1)).scrollIntoViewIfNeeded();
    await shoot('contact');
    await save();
    expect(changedLines('cms/notice-2019/qgg-2019-14')).toEqual(['-    phones: ["0595-87980000"]', '+    phones: ["0595-87980001"]']);
    expect(checkBranch('cms/notice-2019/qgg-2019-14').code).toBe(0);
    merge('cms/notice-2019/qgg-2019-14');
  });

  it('a misprint in official text corrected and recorded in the same save: one pull request that passes', async () => {
    await open('collections/notice-2019/entries/mg-2019-64');
    await fill('电话', '0591-87713874', 1);
    await page.getByRole('button', { name: '新增原文更正' }).click();
    await fill('原件印的是', '0591-87713873');
    await fill('应为', '0591-87713874');
    await fill('原因', '测试：号码最后一位印错，省总工会来电告知');
    await fill('登记人', '测试单位 测试人');
    await fill('登记日期', '2019-09-01');
    await (await control('登记日期')).scrollIntoViewIfNeeded();
    await shoot('correction');
    await save();
    expect(changedLines('cms/notice-2019/mg-2019-64')).toEqual([
      '-    phones: ["0591-87713873"]',
      '+    phones: ["0591-87713874"]',
      '+corrections:',
      '+  - printed: "0591-87713873"',
      '+    corrected: "0591-87713874"',
      '+    reason: "测试：号码最后一位印错，省总工会来电告知"',
      '+    by: "测试单位 测试人"',
      '+    on: "2019-09-01"',
    ]);
    expect(checkBranch('cms/notice-2019/mg-2019-64').code).toBe(0);
    merge('cms/notice-2019/mg-2019-64');
  });

  it("a call's rules changed: one line changes, and the preview is the call in the site's styles", async () => {
    await open('collections/subproject-2019/entries/micro-video');
    await addWord('其他要求', '片头注明作者和单位');
    // The preview frame: the site's stylesheet, the call's own heading.
    const frame = page.frameLocator('iframe').first();
    expect(await frame.locator('h1').first().textContent()).toContain('微视频');
    expect(await frame.locator('link[rel="stylesheet"][href*="/_astro/"]').count()).toBeGreaterThan(0);
    await shoot('call');
    await save();
    expect(changedLines('cms/subproject-2019/micro-video')).toEqual([
      '-  requirements: ["画面清晰", "声音清楚", "重点内容配字幕"]',
      '+  requirements: ["画面清晰", "声音清楚", "重点内容配字幕", "片头注明作者和单位"]',
    ]);
    expect(checkBranch('cms/subproject-2019/micro-video').code).toBe(0);
    merge('cms/subproject-2019/micro-video');
  });

  it('a table whose rows do not add up is refused on its branch, with the message npm run check gives', async () => {
    await open('collections/plan-2019/entries/qgg-2019-14');
    await fill('线下活动（场）', '2', 1);
    await save();
    const check = checkBranch('cms/plan-2019/qgg-2019-14');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('content/campaigns/2019/plans/qgg-2019-14.json');
    const cli = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/check.ts')], {
      cwd: check.dir,
      encoding: 'utf8',
      env: { ...process.env, PORTAL_CONTENT_DIR: join(check.dir, 'content') },
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toBe(check.stderr);
    // decap-server answers 404 when an entry has no unpublished version (no cms/ branch): Decap's
    // question, not a fault. Anything else in the console is.
    expect(errors.filter((e) => !(e.includes('404') && e.endsWith(decap.url)))).toEqual([]);
  });

  it('the built site shows what was merged', () => {
    build(join(repo, 'content'), AFTER);
    const page = (path: string) => readFileSync(join(AFTER, path), 'utf8');
    expect(page('notices/qgg-2019-14/index.html')).toContain('0595-87980001');
    // The notice as printed, with the correction beside it; /about/ lists it.
    expect(page('notices/mg-2019-64/index.html')).toMatch(/0591-87713873<span class="correction-note">（更正为 [\s\S]{0,300}?0591-87713874/);
    expect(page('about/index.html')).toContain('测试：号码最后一位印错，省总工会来电告知');
    expect(page('units/fujian/quanzhou/quangang/nanpu/index.html')).toContain('南埔镇总工会');
    expect(page('data/plans/qgg-2019-14.csv')).toContain('南埔镇总工会');
    expect(page('2019/timeline/index.html')).toContain('各镇（街道）总工会将活动开展情况报送区总工会');
    expect(page('units/fujian/quanzhou/quangang/index.html')).toContain(REPORT_STATUS_LABEL.own);
    expect(page('2019/subprojects/micro-video/index.html')).toContain('片头注明作者和单位');
  });
});
