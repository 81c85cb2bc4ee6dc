/** Joins the site's base path (/ or /repo-name/) with a path inside the site. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
