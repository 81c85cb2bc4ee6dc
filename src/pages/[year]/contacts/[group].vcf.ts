import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, yearData } from '../../../lib/domain/site';
import { yearContactGroups } from '../../../lib/domain/contact-pages';
import { groupVcf } from '../../../lib/formats/vcard';

/** /2019/contacts/<group>.vcf: one contact group of a year as vCard cards, and all.vcf with every group of that year. */
export const getStaticPaths: GetStaticPaths = () =>
  siteData().campaigns.flatMap((c) => ['all', ...yearContactGroups(c).map((g) => g.id)].map((group) => ({ params: { year: c.year, group } })));

export const GET: APIRoute = ({ params }) => {
  const groups = yearContactGroups(yearData(siteData(), params.year as string));
  const body = params.group === 'all' ? groups.map(groupVcf).join('') : groupVcf(groups.find((g) => g.id === params.group)!);
  return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
