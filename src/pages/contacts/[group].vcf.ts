import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/domain/site';
import { contactGroups, groupVcf } from '../../lib/domain/contacts';

/** /contacts/<group>.vcf: one contact group as vCard cards, and all.vcf with every group. */
function groups() {
  const data = siteData();
  return contactGroups(data.notices, data.subprojects, data.campaign.id);
}

export const getStaticPaths: GetStaticPaths = () => [{ params: { group: 'all' } }, ...groups().map((g) => ({ params: { group: g.id } }))];

export const GET: APIRoute = ({ params }) => {
  const all = groups();
  const body = params.group === 'all' ? all.map(groupVcf).join('') : groupVcf(all.find((g) => g.id === params.group)!);
  return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
