import type { Repository } from './report';

/**
 * Where the site's content lives, for the report form's "create the file" button. Set
 * PORTAL_REPO=owner/name (and PORTAL_REPO_BRANCH, PORTAL_REPO_HOST) when building; the GitHub
 * workflow sets it from the repository it runs in.
 */
export function repository(env: Record<string, string | undefined> = process.env): Repository {
  const [owner = 'example', name = 'wangju-portal'] = (env.PORTAL_REPO ?? 'example/wangju-portal').split('/');
  return { host: env.PORTAL_REPO_HOST ?? 'https://github.com', owner, name, branch: env.PORTAL_REPO_BRANCH ?? 'main' };
}
