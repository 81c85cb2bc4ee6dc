import type { ContentSet } from './load';

/**
 * The MDX bodies of the validated notices and calls, for Astro to render: a module the build
 * writes (src/integrations/content-bodies.ts) that imports each body's file, so that Astro's MDX
 * compiles it into the pages' bundle. The pages read everything else from the validated content;
 * Astro's content collections would only have repeated this list, at the cost of a sync through a
 * Vite server on every build (`npm run bench`).
 */
export const BODIES_MODULE = 'virtual:portal/bodies';

/** A notice's body is found by its id. */
export const noticeBodyKey = (id: string) => id;
/** A call keeps its id from year to year, so the year is part of its body's key: `2019/micro-video`. */
export const callBodyKey = (year: string, id: string) => `${year}/${id}`;

type Bodies = Pick<ContentSet, 'notices' | 'subprojects'>;

/** The module's source: `notices` and `calls`, each a Map from key to a function importing the file. */
export function bodiesModuleSource(content: Bodies): string {
  // JSON strings: an id or a path is data, written into the module only as a string literal.
  const map = (entries: [string, string][]) =>
    `new Map([${entries.map(([key, path]) => `\n  [${JSON.stringify(key)}, () => import(${JSON.stringify(path)})]`).join(',')}\n])`;
  const notices = content.notices.map((e): [string, string] => [noticeBodyKey(e.id), e.path]);
  const calls = content.subprojects.map((e): [string, string] => [callBodyKey(e.data.campaign, e.id), e.path]);
  return `export const notices = ${map(notices)};\nexport const calls = ${map(calls)};\n`;
}
