import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/domain/site';
import { latestContactGroups, yearContactGroups } from '../../lib/domain/contact-pages';
import { groupVcf } from '../../lib/formats/vcard';

/**
 * /contacts/<group>.vcf: every group any year published, from the latest year that has it, so the
 * addresses of earlier years keep working; all.vcf is the current campaign's.
 */
export const getStaticPaths: GetStaticPaths = () => ['all', ...latestContactGroups(siteData().campaigns).map((g) => g.id)].map((group) => ({ params: { group } }));

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const body =
    params.group === 'all'
      ? yearContactGroups(data.current).map(groupVcf).join('')
      : groupVcf(latestContactGroups(data.campaigns).find((g) => g.id === params.group)!);
  return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
