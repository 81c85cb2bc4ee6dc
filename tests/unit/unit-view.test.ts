import { describe, expect, it } from 'vitest';
import { loadValidContent } from '../../src/lib/content';
import { buildSiteData, sampleMode } from '../../src/lib/domain/site';
import { allCharts, chartByName, deadlineLabel, deadlineStatus, unitTree, unitView } from '../../src/lib/domain/unit-view';
import { PROJECT } from '../content/helpers';

const TODAY = '2019-09-10';
const data = buildSiteData(loadValidContent({ root: PROJECT, today: '2026-11-24' }), { on: false, dir: 'content/progress' });
const view = (id: string) => unitView(data, id, TODAY);

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
    expect(view('fujian/quanzhou/jinjiang').breadcrumb).toEqual([
      { href: '', label: '首页' },
      { href: 'units/', label: '单位进度' },
      { href: 'units/fujian/', label: '福建省' },
      { href: 'units/fujian/quanzhou/', label: '泉州市总工会' },
      { label: '晋江市总工会' },
    ]);
    expect(view('national').breadcrumb).toEqual([{ href: '', label: '首页' }, { label: '单位进度' }]);
  });

  it('gives a Quanzhou county the chain qg-2019-27 ← mg-2019-64 ← zgf-2019-17', () => {
    const v = view('fujian/quanzhou/yongchun');
    expect(v.unit.name).toBe('永春市总工会');
    expect(v.unit.standardName).toBe('永春县总工会');
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

  it('lists the deadlines of the unit and every level above it, by date, with their state on the build day', () => {
    const v = view('fujian/quanzhou/jinjiang');
    expect(v.deadlines.map((d) => d.entry.id)).toEqual([
      'national-launch',
      'fujian-activities',
      'national-recommend',
      'quanzhou-report',
      'fujian-summary',
      'national-evaluation',
      'fujian-report',
      'national-summary',
    ]);
    expect(v.deadlines.find((d) => d.entry.id === 'quanzhou-report')!).toMatchObject({ status: 'upcoming', statusLabel: '还有 20 天' });
    expect(v.deadlines.find((d) => d.entry.id === 'national-launch')!).toMatchObject({ status: 'current', statusLabel: '进行中' });
    expect(v.deadlines.find((d) => d.entry.id === 'national-summary')!.status).toBe('upcoming');
    expect(view('tianjin').deadlines.every((d) => d.entry.unit === 'national')).toBe(true);
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
    expect(view('tianjin').subprojects[0]!.href).toBe('notices/zgf-2019-17/#sp-micro-video');
  });

  it('with no reports: every chart shows targets and says nothing was reported', () => {
    for (const { charts } of allCharts(data, TODAY))
      for (const c of charts) {
        expect(c.reportedRows).toBe(0);
        expect(c.summary).toMatch(/^尚未上报/);
        expect(c.rows.every((r) => r.target !== undefined)).toBe(true);
      }
    const v = view('national');
    expect(v.notReported).toHaveLength(35);
    expect(v.childCharts.map((c) => c.key)).toEqual(['children-activities']);
    expect(view('fujian').childCharts.map((c) => c.key)).toEqual(['children-activities', 'children-propagandists']);
    expect(view('fujian/quanzhou/jinjiang').childCharts).toEqual([]);
  });

  it('has a chart for every unit, each with its download names', () => {
    const byName = chartByName(data, TODAY);
    expect(byName.size).toBe(59 + 1 + 2 + 2);
    expect(byName.get('fujian/quanzhou/plan')!.files).toEqual({ csv: 'data/units/fujian/quanzhou/plan.csv', json: 'data/units/fujian/quanzhou/plan.json' });
  });
});

describe('deadlineStatus', () => {
  it('is past after the end, current from the start to the end, upcoming before', () => {
    const e = { from: '2019-09-01', to: '2019-09-30' };
    expect(deadlineStatus(e, '2019-10-01')).toBe('past');
    expect(deadlineStatus(e, '2019-09-30')).toBe('current');
    expect(deadlineStatus(e, '2019-09-01')).toBe('current');
    expect(deadlineStatus(e, '2019-08-31')).toBe('upcoming');
    expect(deadlineStatus({ to: '2019-10-08' }, '2019-10-08')).toBe('current');
    expect(deadlineStatus({ to: '2019-10-08' }, '2019-10-07')).toBe('upcoming');
  });

  it('labels a deadline with the days left, a phase with its state', () => {
    expect(deadlineLabel({ kind: 'deadline', to: '2019-10-08' }, '2019-10-01')).toBe('还有 7 天');
    expect(deadlineLabel({ kind: 'deadline', to: '2019-10-08' }, '2019-10-08')).toBe('今天截止');
    expect(deadlineLabel({ kind: 'deadline', to: '2019-10-08' }, '2019-10-09')).toBe('已截止');
    expect(deadlineLabel({ kind: 'phase', from: '2019-10-01', to: '2019-10-31' }, '2019-10-09')).toBe('进行中');
    expect(deadlineLabel({ kind: 'phase', from: '2019-10-01', to: '2019-10-31' }, '2019-11-01')).toBe('已结束');
  });
});

describe('sampleMode', () => {
  it('is off for content/progress, on for any other progress directory', () => {
    expect(sampleMode({}, PROJECT)).toEqual({ on: false, dir: 'content/progress' });
    expect(sampleMode({ PORTAL_PROGRESS_DIR: 'content/progress' }, PROJECT).on).toBe(false);
    expect(sampleMode({ PORTAL_PROGRESS_DIR: 'tests/fixtures/progress' }, PROJECT)).toEqual({ on: true, dir: 'tests/fixtures/progress' });
    expect(sampleMode({ PORTAL_CONTENT_DIR: '.bench/x/content' }, PROJECT).on).toBe(false);
    expect(sampleMode({ PORTAL_CONTENT_DIR: '.bench/x/content', PORTAL_PROGRESS_DIR: '.bench/x/progress' }, PROJECT).on).toBe(true);
  });
});
