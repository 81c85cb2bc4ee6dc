import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/**
 * The content components, by name: every .astro file in this folder (Note.astro → Note). A page
 * that renders an MDX body hands them over as `<Content components={contentComponents} />`, so a
 * body writes <Note>…</Note> and imports nothing. The content check reads the same folder to know
 * which names a body may use (src/lib/content/components.ts); see docs/content-safety.md.
 */
const modules = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });

export const contentComponents: Record<string, AstroComponentFactory> = Object.fromEntries(
  Object.entries(modules).map(([file, m]) => [file.slice('./'.length, -'.astro'.length), m.default]),
);
