/**
 * /admin/ in the browser: loads the self-hosted Decap CMS (manual init), registers the
 * repository's file formats in place of Decap's own (src/lib/cms/formats.ts: a file saved unchanged
 * is the same file), the site's styles and previews, and the names new files get by the project's
 * rules (src/lib/cms/entries.ts), then starts it with the configuration built from the schemas.
 */
import { EDITED_FILES, type EditedKind } from '../lib/cms/files';
import { beforeSave } from '../lib/cms/entries';
import { META_PATH_KEY } from '../lib/cms/config';
import { registerPreviews } from './admin-preview';

/** The little of Decap's global API this page uses (Immutable maps are read through get/set/toJS). */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}
export interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string }): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableMap }) => unknown }): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`无法载入 ${src}`));
    document.head.append(s);
  });
}

/** `notice-2019` → notice; `units` → units. */
function kindOf(collection: string): EditedKind | undefined {
  const kind = collection.replace(/-\d{4}$/, '');
  return kind in EDITED_FILES ? (kind as EditedKind) : undefined;
}

async function main(): Promise<void> {
  const root = document.getElementById('admin');
  if (!root) return;
  const config = (await (await fetch(root.dataset.config ?? '')).json()) as Record<string, unknown> | null;
  if (!config) return;
  window.CMS_MANUAL_INIT = true;
  await loadScript(root.dataset.bundle ?? '');
  const cms = window.CMS;
  if (!cms) return;
  for (const [kind, file] of Object.entries(EDITED_FILES)) {
    cms.registerCustomFormat(`portal-${kind}`, file.body ? 'mdx' : 'json', {
      fromFile: (text) => file.format.read(text),
      toFile: (data) => file.format.write(data),
    });
  }
  // The site's stylesheet, put in by the build (src/integrations/decap-files.ts).
  const styles = root.dataset.siteStyles;
  if (styles?.startsWith('/')) cms.registerPreviewStyle(styles);
  registerPreviews(cms, config);
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const kind = kindOf(String(entry.get('collection')));
      if (!kind) return undefined;
      const data = entry.get('data') as ImmutableMap;
      const before = data.toJS();
      const after = beforeSave(kind, before, entry.getIn(['meta', META_PATH_KEY]) as string | undefined);
      // Only top-level words change (a file name, a report's unit and date): set them on Decap's map.
      let out = data;
      for (const [k, v] of Object.entries(after)) if (typeof v === 'string' && before[k] !== v) out = out.set(k, v);
      return out;
    },
  });
  cms.init({ config });
}

void main();
