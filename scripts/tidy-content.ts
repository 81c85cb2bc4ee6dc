/**
 * `npm run tidy [-- <folder>]`: writes every file the CMS edits in the CMS's own format
 * (src/lib/cms/formats.ts), so a file typed by hand opens and saves in /admin/ without a change
 * beyond the one made there. Only the writing changes, never a value. Default folder: content/.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { placeFile } from '../src/lib/content/layout';
import { EDITED_FILES, isEdited } from '../src/lib/cms/files';

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const root = resolve(process.argv[2] ?? 'content');
let changed = 0;
let failed = 0;
for (const file of walk(root)) {
  const placed = placeFile(relative(root, file).split('\\').join('/'));
  if (placed.kind === 'misplaced' || !isEdited(placed.kind)) continue;
  const text = readFileSync(file, 'utf8');
  const format = EDITED_FILES[placed.kind].format;
  let out: string;
  try {
    out = format.write(format.read(text));
  } catch (e) {
    failed++;
    console.error(`${relative(process.cwd(), file)}：读不出来（${(e as Error).message.split('\n')[0]}），先运行 npm run check 修正`);
    continue;
  }
  if (out === text) continue;
  writeFileSync(file, out);
  changed++;
  console.log(`已整理 ${relative(process.cwd(), file)}`);
}
console.log(changed ? `整理了 ${changed} 个文件。` : '所有文件已是编辑器保存的写法。');
process.exit(failed ? 1 : 0);
