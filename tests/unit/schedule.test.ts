import { describe, expect, it } from 'vitest';
import { scheduleView } from '../../src/lib/domain/schedule';
import type { Campaign, TimelineEntry } from '../../src/schemas';

const campaign = (year: number): Campaign => ({
  id: String(year),
  title: 't',
  year,
  from: `${year}-05-01`,
  to: `${year}-11-30`,
  rootNotice: `n${year}`,
  summary: 's',
  transcriptionNotes: [],
});
const entry = (year: number): TimelineEntry => ({
  id: `summary-${year}`,
  campaign: String(year),
  unit: 'national',
  notice: `n${year}`,
  kind: 'phase',
  appliesTo: 'branch',
  title: '总结',
  from: `${year}-11-01`,
  to: `${year}-11-30`,
  precision: 'month',
});
const notices = new Map([2019, 2020].map((y) => [`n${y}`, { data: { level: 'national' as const, docNumber: `文号${y}`, issuers: ['全总'] } }]));

describe('scheduleView', () => {
  it('shows one campaign’s dates only, and where that campaign stands', () => {
    const both = [entry(2019), entry(2020)];
    const s = scheduleView(campaign(2019), both, notices, '2020-06-01');
    expect(s.status).toMatchObject({ state: 'ended', endedIn: '2019年11月' });
    expect(s.groups.map((g) => g.notice)).toEqual(['n2019']);
    const t = scheduleView(campaign(2020), both, notices, '2020-06-01');
    expect(t.status.state).toBe('running');
    expect(t.groups.map((g) => g.notice)).toEqual(['n2020']);
  });
});
