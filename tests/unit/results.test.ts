import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, formatWarnings, validateContent } from '../../src/lib/content';
import type { CallResults } from '../../src/schemas';
import { buildSiteData } from '../../src/lib/domain/site';
import { callPhase, matchUnit, nameKey, resultWorks, unitNameIndex, workKey } from '../../src/lib/domain/results';
import { callPhases, callResultsView, figureNumber, tallyText, unitResultsView, unitTally, yearResultsView } from '../../src/lib/domain/results-view';
import { resultRows, resultsCsv, RESULTS_COLUMNS, figuresCsv } from '../../src/lib/domain/results-data';
import { unitTree } from '../../src/lib/domain/unit-view';
import { PROJECT, siteOptions } from '../content/helpers';

/**
 * The phase of a call from the build clock, and what the pages make of the results: first on a call
 * written here, then on the demo's sample results (tests/fixtures/demo/campaigns/2019/results/) as
 * PORTAL_NOW moves through the year, then on the test site, which has none.
 */

const source = { title: '关于公布入围名单的公告' };
const work = (title: string, unit = '晋江市总工会') => ({ title, authors: ['甲'], unit });
const CALL: Pick<CallResults, 'shortlist' | 'vote' | 'awards'> = {
  shortlist: { publishedOn: '2019-10-10', source, works: [work('甲的作品'), work('乙的作品'), work('丙的作品', '某公司工会')] },
  vote: { from: '2019-10-12', to: '2019-10-20', platforms: [{ kind: 'wechat', label: '公众号', account: '津工E家' }] },
  awards: {
    publishedOn: '2019-11-15',
    source,
    groups: [
      { level: 'second', works: [work('乙的作品')] },
      { level: 'first', works: [work('甲的作品')] },
    ],
    organisations: [],
  },
};

describe('a call’s phase on a given day', () => {
  it('goes through each phase in turn as the day moves', () => {
    const at = (today: string, ended = false) => callPhase(CALL, today, ended);
    expect(at('2019-10-09').kind).toBe('submitting');
    expect(at('2019-10-09', true).kind).toBe('awaiting');
    expect(at('2019-10-09').shortlist).toBeUndefined();
    expect(at('2019-10-10')).toMatchObject({ kind: 'shortlisted', voteState: 'upcoming', voteDaysToStart: 2, voteDaysLeft: 10 });
    expect(at('2019-10-12')).toMatchObject({ kind: 'voting', voteState: 'current', voteDaysLeft: 8 });
    expect(at('2019-10-20')).toMatchObject({ kind: 'voting', voteDaysLeft: 0 });
    expect(at('2019-10-21')).toMatchObject({ kind: 'counting', voteState: 'past' });
    expect(at('2019-10-21').voteDaysLeft).toBeUndefined();
    expect(at('2019-11-14').awards).toBeUndefined();
    expect(at('2019-11-15')).toMatchObject({ kind: 'awarded' });
    expect(at('2026-01-01', true).kind).toBe('awarded');
  });

  it('shows nothing dated after the day, and a vote without a shortlist from its first day', () => {
    expect(callPhase(undefined, '2019-10-10', false).kind).toBe('submitting');
    const voteOnly = { vote: CALL.vote };
    expect(callPhase(voteOnly, '2019-10-11', false)).toEqual({ kind: 'submitting' });
    expect(callPhase(voteOnly, '2019-10-12', false).kind).toBe('voting');
    const awardsOnly = { awards: CALL.awards };
    expect(callPhase(awardsOnly, '2019-11-14', true).kind).toBe('awaiting');
    expect(callPhase(awardsOnly, '2019-11-15', true).kind).toBe('awarded');
  });

  it('lists each work once with its best result, awards by level before the shortlist', () => {
    const all = resultWorks(callPhase(CALL, '2019-12-01', true));
    expect(all.map((r) => [r.work.title, r.level])).toEqual([
      ['甲的作品', 'first'],
      ['乙的作品', 'second'],
      ['丙的作品', 'shortlisted'],
    ]);
    // The same work however the list spaces or quotes its title.
    expect(workKey({ title: '《甲的 作品》', unit: '晋江市总工会' })).toBe(workKey({ title: '甲的作品', unit: '晋江市' }));
  });
});

describe('matching a printed unit to the tree', () => {
  const units = [
    { id: 'tianjin', name: '天津市' },
    { id: 'finance', name: '金融', standardName: '中国金融工会' },
    { id: 'fujian/quanzhou/yongchun', name: '永春市总工会', standardName: '永春县总工会' },
    { id: 'a/gulou', name: '鼓楼区总工会' },
    { id: 'b/gulou', name: '鼓楼区总工会' },
  ];
  const index = unitNameIndex(units);
  const known = (id: string) => units.some((u) => u.id === id);

  it('by name or standard name, 总工会 aside; by the unitId written beside it', () => {
    expect(nameKey('天津市总工会')).toBe('天津市');
    expect(matchUnit('天津市总工会', undefined, index, known)).toEqual({ kind: 'name', id: 'tianjin' });
    expect(matchUnit('中国金融工会', undefined, index, known)).toEqual({ kind: 'name', id: 'finance' });
    expect(matchUnit('永春县总工会', undefined, index, known)).toEqual({ kind: 'name', id: 'fujian/quanzhou/yongchun' });
    expect(matchUnit('永春县总工会', 'tianjin', index, known)).toEqual({ kind: 'id', id: 'tianjin' });
  });

  it('keeps a name the tree lacks, or shares, as printed', () => {
    expect(matchUnit('示例电力有限公司工会', undefined, index, known)).toEqual({ kind: 'unknown' });
    expect(matchUnit('鼓楼区总工会', undefined, index, known)).toEqual({ kind: 'ambiguous', ids: ['a/gulou', 'b/gulou'] });
    expect(matchUnit('天津市', 'tianjn', index, known)).toEqual({ kind: 'unknown' });
  });
});

describe('the demo’s sample results as the build clock moves through the year', () => {
  const load = (today: string) => {
    const { content, issues, warnings } = validateContent(siteOptions(today, [join(PROJECT, 'tests/fixtures/demo')]));
    return { data: buildSiteData(content, { on: true, dirs: ['tests/fixtures/demo'] }), issues, warnings };
  };
  const late = load('2026-11-24');
  const data = late.data;
  const y = data.byYear.get('2019')!;
  const call = (id: string, today: string) => callResultsView(data, y, y.subprojectById.get(id)!, today);

  it('pass every rule; the units the tree lacks are flagged, each once per file', () => {
    expect(late.issues.length === 0 ? '' : formatIssues(late.issues)).toBe('');
    expect(late.warnings.map((w) => w.found)).toEqual([
      '"示例电力有限公司工会"，单位名单中没有这个名称（本文件另有 1 处同名）',
      '"示例电子有限公司工会"，单位名单中没有这个名称',
      '"示例纺织集团工会"，单位名单中没有这个名称',
      '"示例银行股份有限公司工会"，单位名单中没有这个名称',
      '"示例保险公司工会"，单位名单中没有这个名称',
      '"示例建设集团工会"，单位名单中没有这个名称',
    ]);
    expect(late.warnings.every((w) => w.severity === 'warning' && w.path.endsWith('.unit'))).toBe(true);
    // A list dated after the build's day is allowed, flagged, and waits for its day.
    const early = load('2019-10-15');
    expect(early.issues).toEqual([]);
    expect(formatWarnings(early.warnings)).toContain('字段 awards.publishedOn\n   请核对：公布日期不晚于今天（2019-10-15）');
  });

  it('micro-video: submitting, shortlisted, voting (还有 N 天截止, 今天截止), counting, awarded', () => {
    const seen = ['2019-10-01', '2019-10-10', '2019-10-15', '2019-10-20', '2019-10-25', '2019-11-15', '2026-11-24'].map((d) => {
      const v = call('micro-video', d);
      return [d, v.phase, v.headline, v.vote?.stateLabel];
    });
    expect(seen).toEqual([
      ['2019-10-01', 'submitting', '', undefined],
      ['2019-10-10', 'shortlisted', '入围名单已公布', '还有 2 天开始'],
      ['2019-10-15', 'voting', '投票中，至10月20日', '还有 5 天截止'],
      ['2019-10-20', 'voting', '投票中，至10月20日', '今天截止'],
      ['2019-10-25', 'counting', '投票已结束', '已截止'],
      ['2019-11-15', 'awarded', '评选结果已公布', '已截止'],
      ['2026-11-24', 'awarded', '评选结果已公布', '已截止'],
    ]);
    const voting = call('micro-video', '2019-10-15');
    expect(voting.lines.join('')).toContain('网络投票2019年10月12日开始，还有 5 天截止');
    expect(voting.vote?.platforms).toEqual([{ kind: 'wechat', label: '天津市总工会微信公众号', account: '津工E家' }]);
    expect(voting.awards).toBeUndefined();
    expect(voting.keywords).toContain('闽南红砖厝里的绝活');
  });

  it('groups the awards by level, highest first, each unit linked where the tree holds it', () => {
    const v = call('micro-video', '2026-11-24');
    expect(v.awards?.groups.map((g) => [g.heading, g.works.length])).toEqual([
      ['一等奖', 1],
      ['二等奖', 2],
      ['三等奖', 3],
      ['优秀奖', 2],
      ['网络人气奖', 1],
    ]);
    expect(v.awards?.groups[0]?.works[0]).toEqual({ title: '闽南红砖厝里的绝活', authors: ['陈志强'], unit: { printed: '晋江市总工会', id: 'fujian/quanzhou/jinjiang', href: 'units/fujian/quanzhou/jinjiang/' } });
    expect(v.awards?.groups[2]?.works[0]?.unit).toEqual({ printed: '示例电力有限公司工会' });
    expect(v.awards?.organisations.map((o) => o.id)).toEqual(['fujian/quanzhou', 'tianjin', 'fujian/quanzhou/jinjiang']);
    expect(v.lines[0]).toBe('2019年11月15日公布：一等奖 1 件、二等奖 2 件、三等奖 3 件、优秀奖 2 件、网络人气奖 1 件；优秀组织奖 3 个单位。');
    expect(v.files).toEqual({ csv: 'data/2019/results.csv', json: 'data/2019/results.json' });
  });

  it('every phase shows somewhere in the two sample builds (demo: today; voting: 2019-10-15)', () => {
    const phases = (today: string) => Object.fromEntries(y.subprojects.map((s) => [s.id, call(s.id, today).phase]));
    expect(phases('2026-11-24')).toEqual({
      'micro-video': 'awarded',
      'themed-activities': 'awarded',
      photography: 'counting',
      'service-platforms': 'awaiting',
      recitation: 'shortlisted',
      songs: 'awarded',
      'micro-lessons': 'awaiting',
    });
    expect(phases('2019-10-15')).toEqual({
      'micro-video': 'voting',
      'themed-activities': 'submitting',
      photography: 'shortlisted',
      'service-platforms': 'submitting',
      recitation: 'shortlisted',
      songs: 'submitting',
      'micro-lessons': 'submitting',
    });
  });

  it('the year: in evaluation while calls move, then its record (figures with sources, winners, 优秀组织奖)', () => {
    const during = yearResultsView(data, y, '2019-10-15');
    expect(during).toMatchObject({ ended: false, published: true, headline: '评选进行中', figures: [] });
    expect(during.calls.find((c) => c.id === 'micro-video')?.status).toBe('投票中，至10月20日（还有 5 天截止）');
    expect(during.calls.find((c) => c.id === 'photography')?.status).toBe('入围名单已公布；网络投票10月16日开始');
    const after = yearResultsView(data, y, '2026-11-24');
    expect(after.headline).toBe('2019年活动已经结束，以下是本年的评选结果');
    expect(after.figures.map((f) => `${f.label}：${f.text}（${f.source.title}）`)).toEqual([
      '收到微视频作品：1,260余件（示例：2019年主题活动总结展示情况通报）',
      '收到各类作品和案例：12,000余件（示例：2019年主题活动总结展示情况通报）',
      '网络投票：近357万票（示例：2019年主题活动总结展示情况通报）',
      '活动页面访问：约185万人次（示例：微视频征集活动情况）',
    ]);
    expect(after.calls.find((c) => c.id === 'songs')?.winners?.heading).toBe('十佳原创歌曲');
    expect(after.calls.find((c) => c.id === 'micro-video')).toMatchObject({ moreAwarded: 8 });
    expect(after.organisations?.units).toHaveLength(5);
    expect(after.showcase).toMatchObject({ platforms: ['“中国好网民”官方微博', '中工网'], docNumber: '总工发〔2019〕17号', href: 'notices/zgf-2019-17/#四' });
  });

  it('a unit sees its own and its branch’s works and 优秀组织奖; the tree reads by awards', () => {
    const jj = unitResultsView(data, y, 'fujian/quanzhou/jinjiang', '2026-11-24');
    expect(jj.works.map((w) => `${w.call.shortName} ${w.result} ${w.work.title}`)).toEqual([
      '微视频 一等奖 闽南红砖厝里的绝活',
      '专题活动 二等奖 “匠心晋江”线上技能比武',
      '摄影 入围 晨光里的塔吊',
      '歌曲 十佳原创歌曲 清晨的工地',
    ]);
    expect(jj.organisations.map((o) => o.call?.id ?? 'year')).toEqual(['micro-video', 'year']);
    expect(tallyText(jj.branch)).toBe('获奖 3 件、入围 1 件、优秀组织奖 2 项');
    const qz = unitResultsView(data, y, 'fujian/quanzhou', '2026-11-24');
    expect(qz.works.filter((w) => w.own).map((w) => w.work.title)).toEqual(['“我与祖国共成长”网上职工故事会', '清朗的天空']);
    expect(qz.children.find((c) => c.id === 'fujian/quanzhou/anxi')?.tally).toEqual({ awarded: 0, shortlisted: 2, organisations: 0 });
    // A unit the tree lacks counts for nobody; the top of the tree counts every unit it holds.
    const all = unitTally(data, y, 'national', '2026-11-24').branch;
    const works = [...callPhases(y, '2026-11-24').values()].flatMap((p) => resultWorks(p));
    expect(all.awarded + all.shortlisted).toBe(works.filter((r) => !r.work.unit.startsWith('示例')).length);
    expect(works.filter((r) => r.work.unit.startsWith('示例')).length).toBe(6);
    expect(unitResultsView(data, y, 'national', '2026-11-24')).toMatchObject({ listed: false, works: [] });
    const tree = unitTree(data, 'national', '2026-11-24');
    expect(tree.find((n) => n.id === 'fujian')?.results).toEqual({ awarded: 11, shortlisted: 7, organisations: 6 });
    // On the day of the vote only the shortlists are out.
    expect(unitTally(data, y, 'fujian/quanzhou/jinjiang', '2019-10-15').branch).toEqual({ awarded: 0, shortlisted: 2, organisations: 0 });
  });

  it('downloads every list with its year, one row per work or unit, only what is out', () => {
    const csv = resultsCsv(data, y, '2026-11-24');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe(RESULTS_COLUMNS.join(','));
    expect(rows.slice(1).every((r) => r.startsWith('2019,'))).toBe(true);
    expect(rows).toContain('2019,micro-video,网络正能量微视频征集,获奖名单,一等奖,闽南红砖厝里的绝活,陈志强,晋江市总工会,fujian/quanzhou/jinjiang,2019-11-15,示例：网络正能量微视频征集评选结果的通报,');
    expect(rows).toContain('2019,micro-video,网络正能量微视频征集,入围名单,入围,一根电缆的旅程,张海,示例电力有限公司工会,,2019-10-10,示例：网络正能量微视频征集入围作品公示,https://example.org/sample/micro-video-shortlist');
    expect(rows).toContain('2019,,,优秀组织奖,优秀组织奖,,,中国金融工会,finance,2019-11-28,示例：2019年主题活动优秀组织奖名单,');
    expect(resultRows(data, y, '2019-10-15').some((r) => r.list === 'awards')).toBe(false);
    expect(figuresCsv(y, '2026-11-24').split('\r\n')[3]).toBe('2019,网络投票,3570000,票,近3570000票,2019-11-28,示例：2019年主题活动总结展示情况通报,中华全国总工会,');
    expect(figuresCsv(y, '2019-10-15').trimEnd().split('\r\n')).toHaveLength(1);
  });
});

describe('the test site, which has no results', () => {
  const { content } = validateContent(siteOptions());
  const data = buildSiteData(content, { on: false, dirs: [] });
  const y = data.byYear.get('2019')!;

  it('says plainly that the results are not added yet, and where the organisers publish them', () => {
    const year = yearResultsView(data, y, '2026-11-24');
    expect(year).toMatchObject({ ended: true, published: false, headline: '2019年的评选结果尚未添加到本站' });
    expect(year.showcase?.platforms).toEqual(['“中国好网民”官方微博', '中工网']);
    expect(year.calls.find((c) => c.id === 'micro-video')?.where.platforms).toEqual([{ kind: 'wechat', label: '天津市总工会微信公众号', account: '津工E家' }]);
    const v = callResultsView(data, y, y.subprojectById.get('micro-video')!, '2026-11-24');
    expect(v).toMatchObject({ phase: 'awaiting', headline: '评选结果尚未添加到本站', keywords: [] });
    expect(v.files).toBeUndefined();
    expect(v.where.organisers).toBe('天津市总工会');
    // While the campaign runs, the call takes works and the year says so.
    expect(callResultsView(data, y, y.subprojectById.get('micro-video')!, '2019-08-15').phase).toBe('submitting');
    expect(yearResultsView(data, y, '2019-08-15').headline).toBe('征集进行中');
  });

  it('prints a published figure as reports do', () => {
    expect(figureNumber(3570000)).toBe('357万');
    expect(figureNumber(23000000)).toBe('2300万');
    expect(figureNumber(12000)).toBe('12,000');
    expect(figureNumber(1260)).toBe('1,260');
  });
});
