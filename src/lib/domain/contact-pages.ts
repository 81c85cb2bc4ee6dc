import { contactGroups, type ContactGroup } from './contacts';
import type { CampaignData } from './site';

/** The contact groups of one campaign year, as /2019/contacts/ and its card files show them. */
export function yearContactGroups(year: CampaignData): ContactGroup[] {
  return contactGroups(year.notices, year.subprojects, year.year);
}

/**
 * The groups the un-prefixed card files (/contacts/<group>.vcf) serve: every group any year has
 * published, each from the latest year that has it, so an address once shared keeps working.
 */
export function latestContactGroups(years: readonly CampaignData[]): ContactGroup[] {
  const out = new Map<string, ContactGroup>();
  for (const y of years) for (const g of yearContactGroups(y)) if (!out.has(g.id)) out.set(g.id, g);
  return [...out.values()];
}
