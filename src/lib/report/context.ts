import type { ContentSet } from '../content/load';
import type { ReportContext } from './report';

/** What the report form and `npm run new:report` need from the loaded content. */
export function reportContext(content: ContentSet, today: string): ReportContext {
  return {
    today,
    units: content.units.map((e) => ({ id: e.data.id, name: e.data.name, parent: e.data.parent, kind: e.data.kind })),
    campaigns: content.campaigns.map((e) => e.data),
    plans: content.plans.map((e) => ({
      campaign: e.data.campaign,
      notice: e.data.notice,
      unit: e.data.unit,
      targets: e.data.targets,
      columns: e.data.columns,
      rows: e.data.rows,
      total: e.data.total,
    })),
    progress: content.progress.map((e) => e.data),
  };
}
