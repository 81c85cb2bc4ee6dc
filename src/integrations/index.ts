/**
 * Everything astro.config.mjs takes from src/: the site's integrations and Markdown plugins, in one
 * module that scripts/import-typescript.mjs bundles for Node.
 */
export { default as buildTimings } from './timings';
export { default as contentGate } from './content-gate';
export { default as siteAssets } from './site-assets';
export { default as staticHeaders } from './static-headers';
export { default as downloads } from './downloads';
export { default as searchIndex } from './search-index';
export { default as decapFiles } from './decap-files';
export { default as remarkOfficialText } from '../lib/markdown/remark-official-text';
export { default as remarkCorrections } from '../lib/markdown/remark-corrections';
export { default as rehypeNoticeAnchors } from '../lib/markdown/rehype-notice-anchors';
