import { readdirSync } from 'node:fs';

/**
 * The content components MDX bodies may use: one per .astro file in src/components/content/, by
 * file name (Note.astro → <Note>). Bodies import nothing; the pages that render a body pass the same
 * folder's components to it (src/components/content/index.ts), so the list lives in one place: the
 * folder. Node only (the build and the check).
 */
export function contentComponentNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => /^[A-Z][A-Za-z0-9]*\.astro$/.test(n))
      .map((n) => n.slice(0, -'.astro'.length))
      .sort();
  } catch {
    return [];
  }
}
