import { resolve } from 'node:path';
import { todayFromClock } from '../clock';
import type { ContentSet } from './load';
import { defaultOptions, type ValidateOptions } from './options';

/**
 * Content validated once per build. The build's content gate validates before Astro starts and
 * hands the result over here, so the pages of the same `astro build` process do not read and
 * parse every file again (20,000 progress reports take seconds). Keyed by where content is
 * read from and the build day; only a build sets it, so `astro dev` reads afresh, through the
 * loader the gate registers.
 *
 * The pages import this module alone, not the gate: the checks (YAML, MDX syntax trees, every
 * rule) stay out of the pages' bundle.
 */
const HANDOVER = Symbol.for('portal.validatedContent');
const LOADER = Symbol.for('portal.contentLoader');
type Handover = { key: string; content: ContentSet };
type Store = { [HANDOVER]?: Handover; [LOADER]?: (opts: ValidateOptions) => ContentSet };
const store = globalThis as unknown as Store;
const handoverKey = (opts: ValidateOptions) =>
  JSON.stringify([resolve(opts.root), opts.contentDir ?? null, opts.sampleDirs ?? [], opts.today ?? todayFromClock()]);

export function handOverValidContent(opts: ValidateOptions, content: ContentSet): void {
  store[HANDOVER] = { key: handoverKey(opts), content };
}

/** The content the gate validated for these options, if it handed it over. */
export function handedOver(opts: ValidateOptions): ContentSet | undefined {
  const handed = store[HANDOVER];
  return handed && handed.key === handoverKey(opts) ? handed.content : undefined;
}

/** How the gate validates content when it has none to hand over (`astro dev`, after an edit). */
export function registerContentLoader(load: (opts: ValidateOptions) => ContentSet): void {
  store[LOADER] = load;
}

/** Valid content: what the gate handed over, or validated now by the gate's loader (throws on any issue). */
export function validContent(opts: ValidateOptions = defaultOptions()): ContentSet {
  const handed = handedOver(opts);
  if (handed) return handed;
  const load = store[LOADER];
  if (!load) throw new Error('内容尚未经过校验：站点数据只能在 astro build 或 astro dev 中读取（由 src/integrations/content-gate.ts 校验）');
  return load(opts);
}
