/**
 * The build clock. Whatever depends on "today" reads it here, so a build can be made
 * as the site looked on any day: PORTAL_NOW=2019-08-15 npm run build.
 */
export function buildNow(env: Record<string, string | undefined> = process.env, real: () => Date = () => new Date()): Date {
  const raw = env.PORTAL_NOW?.trim();
  if (!raw) return real();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T12:00:00+08:00` : raw;
  const d = new Date(iso);
  // Date() rolls 2019-02-30 over to March; a day that does not exist is a typo, not a date.
  const dayExists = Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(raw) || chinaDate(d) === raw;
  if (Number.isNaN(d.getTime()) || !dayExists)
    throw new Error(`PORTAL_NOW 应为日期，如 2019-08-15 或 2019-08-15T09:00:00+08:00；实际为 ${JSON.stringify(raw)}`);
  return d;
}

/** Today's date in China (UTC+8), YYYY-MM-DD: the campaign's own calendar. */
export function chinaDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function todayFromClock(env: Record<string, string | undefined> = process.env): string {
  return chinaDate(buildNow(env));
}
