import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../content/helpers';

/**
 * What runs in the browser: the scripts of src/client/ (every page's <script> imports one of them)
 * and every module they import, followed through the source. A Node module pulled into one of them
 * would break the page that bundles it (the report form, search, the pre-check, the charts), so:
 * none may import a Node built-in or a package made for Node, and each is marked as bundled for the
 * browser (the marker line below, or its place in src/client/), so a reader sees it before changing it.
 */
const MARK = 'Bundled for the browser';
// yaml has no dependency and a browser build of its own (package.json "browser"): /admin/ writes front matter with it.
const NODE_ONLY = new Set(['vcard-creator', 'qrcode', 'ics', 'pagefind', 'astro', 'virtual:portal/bodies', 'playwright-core']);
const SRC = join(PROJECT, 'src');
const CLIENT = join(SRC, 'client');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|mjs)$/.test(name) ? [full] : [];
  });
}

/** The specifiers a module loads at run time (type-only imports are erased and left out). */
export function runtimeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/\b(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g)) if (!m[2]) out.push(m[3]!);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.mjs`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile());
}

function reach(): { modules: Set<string>; packages: Map<string, string[]> } {
  const modules = new Set<string>();
  const packages = new Map<string, string[]>();
  const todo = files(CLIENT);
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (!target) throw new Error(`${relative(PROJECT, file)}: cannot resolve ${spec}`);
        todo.push(target);
      } else packages.set(spec, [...(packages.get(spec) ?? []), relative(PROJECT, file)]);
    }
  }
  return { modules, packages };
}

describe('modules bundled for the browser', () => {
  const { modules, packages } = reach();

  it('reaches the shared modules the browser scripts use', () => {
    const rel = [...modules].map((f) => relative(PROJECT, f));
    expect(rel).toEqual(expect.arrayContaining(['src/lib/report/report.ts', 'src/lib/content/rules.ts', 'src/lib/search/text.ts', 'src/lib/charts/config.ts']));
  });

  it('import no Node built-in and no package made for Node', () => {
    const bad = [...packages].filter(([spec]) => spec.startsWith('node:') || builtinModules.includes(spec) || NODE_ONLY.has(spec.split('/')[0]!));
    expect(bad.map(([spec, by]) => `${spec} ← ${by.join(', ')}`)).toEqual([]);
  });

  it('are each marked as bundled for the browser, and nothing else is', () => {
    const unmarked = [...modules].filter((f) => !f.startsWith(CLIENT) && !readFileSync(f, 'utf8').includes(MARK));
    expect(unmarked.map((f) => relative(PROJECT, f))).toEqual([]);
    const falselyMarked = files(SRC).filter((f) => !modules.has(f) && readFileSync(f, 'utf8').includes(MARK));
    expect(falselyMarked.map((f) => relative(PROJECT, f))).toEqual([]);
  });

  it('would catch a Node import (the walk reads what it should)', () => {
    expect(runtimeImports("import { readFileSync } from 'node:fs';\nimport type { X } from 'yaml';\nconst m = import('./y');")).toEqual(['node:fs', './y']);
    expect(runtimeImports("export { a } from './a';\nexport type { B } from './b';\nimport './side';")).toEqual(['./a', './side']);
  });
});
