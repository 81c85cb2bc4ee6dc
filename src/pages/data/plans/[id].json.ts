import type { APIRoute } from 'astro';
import { allocationJson } from '../../../lib/domain/plans';
import { siteData } from '../../../lib/domain/site';
import { allPlans, JSON_HEADERS, jsonBody } from '../../../lib/domain/downloads';

/** data/plans/<notice>.json: a notice's allocation table with its "12351+" targets and its year. */
export function getStaticPaths() {
  return [...allPlans(siteData()).keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const plan = allPlans(data).get(params.id ?? '')!;
  return new Response(jsonBody(allocationJson(plan, data.units)), { headers: JSON_HEADERS });
};
