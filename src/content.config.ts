import { defineCollection } from 'astro:content';
import { mdxLoader } from './lib/content/astro-loader';

/**
 * Astro renders the MDX bodies of notices and calls. Their front matter and every cross-file rule
 * are checked by src/lib/content before the build starts; the pages read that validated data
 * (src/lib/domain/site.ts), and use these collections only to render the bodies.
 */
export const collections = {
  notices: defineCollection({ loader: mdxLoader('notices') }),
  subprojects: defineCollection({ loader: mdxLoader('subprojects') }),
};
