import { describe, expect, it } from 'vitest';
import { campaignSchedule } from '../../src/lib/domain/schedule';
import type { Campaign, TimelineEntry } from '../../src/schemas';

const campaign = (year: number): Campaign => ({
  id: String(year),
  title: 't',
  year,
  from: `${year}-05-01`,
  to: `${year}-11-30`,
  rootNotice: `n${year}`,
  summary: 's',
});
const entry = (year: number): TimelineEntry => ({
  id: `summary-${year}`,
  campaign: String(year),
  unit: 'national',
  notice: `n${year}`,
  kind: 'phase',
  title: '总结',
  from: `${year}-11-01`,
  to: `${year}-11-30`,
  precision: 'month',
});
const data = {
  campaign: campaign(2020),
  campaigns: [campaign(2020), campaign(2019)],
  timeline: [entry(2019), entry(2020)],
  noticeById: new Map([2019, 2020].map((y) => [`n${y}`, { data: { level: 'national' as const, docNumber: `文号${y}`, issuers: ['全总'] } }])),
};

describe('campaignSchedule', () => {
  it('takes the dates of the campaign a page belongs to, not only the current one', () => {
    const s = campaignSchedule(data, '2019', '2020-06-01');
    expect(s.status).toMatchObject({ state: 'ended', endedIn: '2019年11月' });
    expect(s.groups.map((g) => g.notice)).toEqual(['n2019']);
    expect(campaignSchedule(data, '2020', '2020-06-01').status.state).toBe('running');
  });

  it('falls back to the current campaign for an unknown id', () => {
    expect(campaignSchedule(data, '1999', '2020-06-01').groups.map((g) => g.notice)).toEqual(['n2020']);
  });
});
