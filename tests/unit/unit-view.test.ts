import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidContent } from '../../src/lib/content';
import { buildSiteData, sampleMode } from '../../src/lib/domain/site';
import { branchSize, chartByName, TREE_LIMIT, unitTree, unitView, unitYearView, yearCharts, yearTables } from '../../src/lib/domain/unit-view';
import { chartDownloads, downloadAt, unprefixedCopies } from '../../src/lib/domain/downloads';
import { PROJECT, siteOptions } from '../content/helpers';

const TODAY = '2019-09-10';
const data = buildSiteData(loadValidContent(siteOptions()), { on: false, dirs: [] });
const y2019 = data.byYear.get('2019')!;
/** What a unit's page shows of 2019 (the real content's one year). */
const view = (id: string) => {
  const y = unitYearView(data, y2019, id, TODAY);
  if (!y) throw new Error(`${id} took no part in 2019`);
  return y;
};

describe('the unit tree of the real content', () => {
  it('has the national level and the 58 allocated units, top down', () => {
    expect(data.unitsInTreeOrder).toHaveLength(59);
    expect(data.unitsInTreeOrder[0]!.id).toBe('national');
    const ids = data.unitsInTreeOrder.map((u) => u.id);
    expect(ids.indexOf('fujian')).toBeLessThan(ids.indexOf('fujian/quanzhou'));
    expect(ids.indexOf('fujian/quanzhou')).toBeLessThan(ids.indexOf('fujian/quanzhou/jinjiang'));
  });

  it('orders children as the allocation tables print them', () => {
    expect(data.childrenOf.get('national')!.slice(0, 3).map((u) => u.id)).toEqual(['beijing', 'tianjin', 'hebei']);
    expect(data.childrenOf.get('national')).toHaveLength(35);
    expect(data.childrenOf.get('fujian')).toHaveLength(10);
    expect(data.childrenOf.get('fujian/quanzhou')).toHaveLength(13);
  });

  it('nests the whole tree for /units/', () => {
    const tree = unitTree(data, 'national');
    expect(tree).toHaveLength(35);
    const fujian = tree.find((n) => n.id === 'fujian')!;
    expect(fujian.href).toBe('units/fujian/');
    expect(fujian.children.find((n) => n.id === 'fujian/quanzhou')!.children).toHaveLength(13);
  });
});

describe('unitView', () => {
  it('walks the breadcrumb up the tree', () => {
    expect(unitView(data, 'fujian/quanzhou/jinjiang', TODAY).breadcrumb).toEqual([
      { href: '', label: '首页' },
      { href: 'units/', label: '单位进度' },
      { href: 'units/fujian/', label: '福建省' },
      { href: 'units/fujian/quanzhou/', label: '泉州市总工会' },
      { label: '晋江市总工会' },
    ]);
    expect(unitView(data, 'national', TODAY).breadcrumb).toEqual([{ href: '', label: '首页' }, { label: '单位进度' }]);
  });

  it('shows each year the unit took part in; the real content has one, so no year-by-year chart', () => {
    const v = unitView(data, 'fujian/quanzhou/quangang', TODAY);
    expect(v.years).toEqual(['2019']);
    expect(v.latest?.year).toBe('2019');
    expect(v.earlier).toEqual([]);
    expect(v.yearsChart).toBeUndefined();
    expect([...y2019.participants]).toHaveLength(59);
  });

  it('gives a Quanzhou county the chain qg-2019-27 ← mg-2019-64 ← zgf-2019-17', () => {
    const u = unitView(data, 'fujian/quanzhou/yongchun', TODAY).unit;
    expect(u.name).toBe('永春市总工会');
    expect(u.standardName).toBe('永春县总工会');
    const v = view('fujian/quanzhou/yongchun');
    expect(v.notices.map((n) => n.id)).toEqual(['qg-2019-27', 'mg-2019-64', 'zgf-2019-17']);
    expect(view('fujian/xiamen').notices.map((n) => n.id)).toEqual(['mg-2019-64', 'zgf-2019-17']);
    expect(view('tianjin').notices.map((n) => n.id)).toEqual(['zgf-2019-17']);
  });

  it('names the notice that set each target', () => {
    const v = view('fujian/quanzhou/yongchun');
    expect(v.targets.map((t) => [t.key, t.value, t.sources.map((s) => `${s.notice.docNumber} ${s.kind} ${s.anchor ?? ''}`.trim())])).toEqual([
      ['propagandists', 10, ['泉工〔2019〕27号 allocation 附件1']],
      ['activities', 1, ['泉工〔2019〕27号 allocation 附件1']],
    ]);
    const q = view('fujian/quanzhou');
    expect(q.targets.find((t) => t.key === 'activities')!.sources.map((s) => s.notice.id)).toEqual(['qg-2019-27', 'mg-2019-64']);
  });

  it('lists only the dates addressed to the unit, by date, with their state on the build day', () => {
    const v = view('fujian/quanzhou/jinjiang');
    // Fujian's 10月8日 deadline binds the cities (设区市), not the districts below them.
    expect(v.deadlines.map((d) => d.entry.id)).toEqual([
      'national-launch',
      'fujian-activities',
      'national-recommend',
      'quanzhou-report',
      'fujian-summary',
      'national-evaluation',
      'national-summary',
    ]);
    expect(v.deadlines.find((d) => d.entry.id === 'quanzhou-report')!).toMatchObject({ state: 'upcoming', stateLabel: '还有 20 天截止', audience: '直属下级单位', forChildren: false });
    expect(v.deadlines.find((d) => d.entry.id === 'national-launch')!).toMatchObject({ state: 'current', stateLabel: '进行中', audience: '本级及以下各单位' });
    expect(v.deadlines.find((d) => d.entry.id === 'national-summary')!.state).toBe('upcoming');
    expect(view('tianjin').deadlines.every((d) => d.entry.unit === 'national')).toBe(true);
    // The city has Fujian's deadline as its own, and its own deadline as one it set for its districts.
    const q = view('fujian/quanzhou').deadlines;
    expect(q.find((d) => d.entry.id === 'fujian-report')!.forChildren).toBe(false);
    expect(q.find((d) => d.entry.id === 'quanzhou-report')!.forChildren).toBe(true);
    expect(view('fujian').deadlines.find((d) => d.entry.id === 'fujian-report')!.forChildren).toBe(true);
    expect(view('fujian/quanzhou/quangang').deadlines.map((d) => d.entry.id)).not.toContain('fujian-report');
  });

  it('gives the contacts of the notices that apply, nearest first', () => {
    const v = view('fujian/quanzhou/licheng');
    expect(v.contacts.map((c) => c.notice.id)).toEqual(['qg-2019-27', 'mg-2019-64', 'zgf-2019-17']);
    expect(v.contacts[0]!.contacts[0]!.names).toEqual(['王鑫贤']);
  });

  it('lists the sub-projects a unit organises', () => {
    const names = (id: string) => view(id).subprojects.map((s) => s.id);
    expect(names('tianjin')).toEqual(['micro-video']);
    expect(names('fujian')).toEqual(['service-platforms']);
    expect(names('fujian/xiamen')).toEqual(['service-platforms']);
    expect(names('hubei')).toEqual(['recitation']);
    expect(names('finance')).toEqual(['songs']);
    expect(names('hebei')).toEqual(['themed-activities']);
    expect(names('anhui')).toEqual(['photography']);
    expect(names('beijing')).toEqual([]);
    expect(view('tianjin').subprojects[0]!.href).toBe('2019/subprojects/micro-video/');
  });

  it('with no reports: every chart shows targets and says nothing was reported', () => {
    for (const { charts } of yearCharts(data, y2019))
      for (const c of charts) {
        expect(c.reportedRows).toBe(0);
        expect(c.summary).toMatch(/^尚未上报/);
        expect(c.rows.every((r) => r.target !== undefined)).toBe(true);
      }
    const v = view('national');
    expect(v.children.filter((c) => c.status === 'none')).toHaveLength(35);
    expect(v.childCharts.map((c) => c.key)).toEqual(['children-activities']);
    expect(view('fujian').childCharts.map((c) => c.key)).toEqual(['children-activities', 'children-propagandists']);
    expect(view('fujian/quanzhou/jinjiang').childCharts).toEqual([]);
  });

  it('has a chart for every unit, each with its download names', () => {
    const byName = chartByName(data, y2019);
    expect(byName.size).toBe(59 + 1 + 2 + 2);
    expect(byName.get('fujian/quanzhou/plan')!.files).toEqual({ csv: 'data/2019/units/fujian/quanzhou/plan.csv', json: 'data/2019/units/fujian/quanzhou/plan.json' });
  });
});

describe('sampleMode', () => {
  it('is on when, and only when, sample folders are added or the content is the tests\' own', () => {
    expect(sampleMode({}, PROJECT)).toEqual({ on: false, dirs: [] });
    expect(sampleMode({ PORTAL_SAMPLE_DIRS: 'tests/fixtures/demo' }, PROJECT)).toEqual({ on: true, dirs: ['tests/fixtures/demo'] });
    expect(sampleMode({ PORTAL_SAMPLE_DIRS: 'tests/fixtures/demo, tests/fixtures/two-years' }, PROJECT).dirs).toEqual(['tests/fixtures/demo', 'tests/fixtures/two-years']);
    expect(sampleMode({ PORTAL_CONTENT_DIR: '.bench/x/content' }, PROJECT).on).toBe(false);
    expect(sampleMode({ PORTAL_CONTENT_DIR: 'tests/fixtures/site', PORTAL_SAMPLE_DIRS: 'tests/fixtures/demo' }, PROJECT).dirs).toEqual(['tests/fixtures/site', 'tests/fixtures/demo']);
  });
});

/** A day after both years of tests/fixtures/two-years (its reports are dated up to 2020). */
const LATER = '2026-11-24';

describe('a unit page over two years (tests/fixtures/two-years)', () => {
  const two = buildSiteData(loadValidContent(siteOptions(LATER, [join(PROJECT, 'tests/fixtures/two-years')])), { on: true, dirs: ['tests/fixtures/two-years'] });
  const [y2020, y2019b] = two.campaigns;

  it('shows the latest year in full and folds the one before to its results and its tables', () => {
    const v = unitView(two, 'fujian/quanzhou/jinjiang', LATER);
    expect(v.years).toEqual(['2020', '2019']);
    expect(v.latest?.year).toBe('2020');
    expect(v.latest?.deadlines.length).toBeGreaterThan(0);
    expect(v.earlier.map((y) => y.year)).toEqual(['2019']);
    expect(v.earlier[0]!.tables.map((t) => t.files.csv)).toEqual(yearCharts(two, y2019b!).find((u) => u.unit.id === 'fujian/quanzhou/jinjiang')!.charts.map((c) => c.files.csv));
    expect(v.yearsChart?.rows.map((r) => r.year)).toEqual(expect.arrayContaining(['2019', '2020']));
    // A unit that took part in 2019 only has that year in full.
    const beijing = unitView(two, 'beijing', LATER);
    expect([beijing.latest?.year, beijing.earlier]).toEqual(['2019', []]);
  });

  it('works out each year’s tables once, the same objects for the pages and the downloads', () => {
    expect(yearTables(two, y2020!)).toBe(yearTables(two, y2020!));
    const jj = yearTables(two, y2020!).get('fujian/quanzhou/jinjiang')!;
    expect(unitView(two, 'fujian/quanzhou/jinjiang', LATER).latest?.planChart).toBe(jj.planChart);
  });

  it('lists the top of the tree a level at a time, and a branch of a size to read as one tree', () => {
    expect(unitView(two, 'national', LATER).tree).toBeUndefined();
    expect(unitView(two, 'national', LATER).children).toHaveLength(35);
    const fujian = unitView(two, 'fujian', LATER);
    expect(branchSize(two, 'fujian')).toBeLessThanOrEqual(TREE_LIMIT);
    expect(fujian.tree?.find((n) => n.id === 'fujian/quanzhou')?.children.length).toBeGreaterThan(10);
    // Children without children of their own: the list of them is the whole branch.
    expect(unitView(two, 'fujian/quanzhou/yongchun', LATER).tree).toBeUndefined();
    expect(branchSize(two, 'national')).toBe(two.units.size - 1);
  });
});

describe('the progress downloads', () => {
  const two = buildSiteData(loadValidContent(siteOptions(LATER, [join(PROJECT, 'tests/fixtures/two-years')])), { on: true, dirs: ['tests/fixtures/two-years'] });

  it('writes each year’s tables once, and the year-by-year tables', () => {
    const paths = [...chartDownloads(two)].map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(['data/2020/units/fujian/plan.csv', 'data/2019/units/fujian/plan.json', 'data/units/fujian/quanzhou/jinjiang/years.csv']));
    expect(paths.filter((p) => !/^data\/\d{4}\/units\//.test(p)).every((p) => /\/years\.(csv|json)$/.test(p))).toBe(true);
  });

  it('copies each table of the latest year that has it to the first year’s address', () => {
    const copies = new Map(unprefixedCopies(two).map((c) => [c.path, c.from]));
    expect(copies.get('data/units/fujian/plan.csv')).toBe('data/2020/units/fujian/plan.csv');
    // Beijing took part in 2019 only: its address keeps the 2019 table.
    expect(copies.get('data/units/beijing/plan.json')).toBe('data/2019/units/beijing/plan.json');
    const written = new Set([...chartDownloads(two)].map((f) => f.path));
    for (const [path, from] of copies) {
      expect(written.has(from), from).toBe(true);
      expect(written.has(path), path).toBe(false);
    }
    expect(downloadAt(two, 'data/units/beijing/plan.json')?.body).toBe([...chartDownloads(two)].find((f) => f.path === 'data/2019/units/beijing/plan.json')?.body);
  });
});
