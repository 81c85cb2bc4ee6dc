import type { APIRoute } from 'astro';
import { allocationCsv } from '../../../lib/domain/plans';
import { siteData } from '../../../lib/domain/site';

/** data/plans/<notice>.csv: a notice's allocation table. */
export function getStaticPaths() {
  return [...siteData().plans.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const plan = data.plans.get(params.id ?? '');
  if (!plan) return new Response('没有这张分配表', { status: 404 });
  return new Response(allocationCsv(plan, data.units), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
