import type { APIRoute } from 'astro';
import { allocationCsv } from '../../../lib/domain/plans';
import { siteData } from '../../../lib/domain/site';
import { allPlans, CSV_HEADERS } from '../../../lib/domain/downloads';

/** data/plans/<notice>.csv: a notice's allocation table, with its year on every row. */
export function getStaticPaths() {
  return [...allPlans(siteData()).keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const plan = allPlans(data).get(params.id ?? '')!;
  return new Response(allocationCsv(plan, data.units), { headers: CSV_HEADERS });
};
