import type { APIRoute } from 'astro';
import { allocationJson } from '../../../lib/domain/plans';
import { siteData } from '../../../lib/domain/site';

/** data/plans/<notice>.json: a notice's allocation table with its "12351+" targets. */
export function getStaticPaths() {
  return [...siteData().plans.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const plan = data.plans.get(params.id ?? '');
  if (!plan) return new Response('没有这张分配表', { status: 404 });
  return new Response(`${JSON.stringify(allocationJson(plan, data.units), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
