import { repository } from '../report/repository';
import type { CmsSettings } from './config';

/**
 * /admin/'s settings from the build's environment: the repository of the report form
 * (PORTAL_REPO_KIND / _URL / _BRANCH), and what logging in to it takes — PORTAL_CMS_APP_ID (the
 * OAuth application on GitLab, Gitea or Forgejo), PORTAL_CMS_AUTH_URL (the OAuth proxy for GitHub),
 * PORTAL_CMS_BRANCH (Gitea's branch for saves); PORTAL_CMS_LOCAL is decap-server's address, set by
 * `npm run admin`.
 */
export function cmsSettings(years: readonly string[], env: Record<string, string | undefined> = process.env, siteUrl?: string): CmsSettings {
  const value = (name: string) => env[name]?.trim() || undefined;
  return {
    years,
    repo: repository(env),
    localServer: value('PORTAL_CMS_LOCAL'),
    appId: value('PORTAL_CMS_APP_ID'),
    authUrl: value('PORTAL_CMS_AUTH_URL'),
    giteaBranch: value('PORTAL_CMS_BRANCH'),
    siteUrl,
  };
}
