import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noticeSchema, subprojectSchema } from './schemas';

/**
 * Astro renders the MDX bodies. The front matter is validated (with friendlier messages,
 * and together with every cross-file rule) by src/lib/content before the build starts;
 * the same schemas apply here.
 */
export const collections = {
  notices: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/notices' }), schema: noticeSchema }),
  subprojects: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/subprojects' }), schema: subprojectSchema }),
};
