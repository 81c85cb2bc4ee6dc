import { HOST_KINDS, hostKind, knownHostKind, type Repository } from './hosts';

/**
 * Where the site's content lives, for the report form's "create this file" button: the site's
 * config, read when building. PORTAL_REPO_URL is the repository's web address and
 * PORTAL_REPO_KIND its host kind (github, gitlab, gitea, forgejo, gitee; needed unless the address
 * is github.com, gitlab.com, jihulab.com, gitee.com, gitea.com or codeberg.org); PORTAL_REPO_BRANCH
 * the branch (main). PORTAL_REPO=owner/name with PORTAL_REPO_HOST (https://github.com) is the
 * older way to say the same. Each CI file of the repo sets these from the host it runs on.
 */
export function repository(env: Record<string, string | undefined> = process.env): Repository | undefined {
  // No repository set: pages say so and offer the file to copy or download, never a placeholder's address.
  if (!env.PORTAL_REPO_URL?.trim() && !env.PORTAL_REPO?.trim()) return undefined;
  const raw = env.PORTAL_REPO_URL?.trim() || `${(env.PORTAL_REPO_HOST?.trim() || 'https://github.com').replace(/\/+$/, '')}/${env.PORTAL_REPO?.trim()}`;
  const url = raw.replace(/\/+$/, '').replace(/\.git$/, '');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`代码仓库的地址不对：${JSON.stringify(raw)}。PORTAL_REPO_URL 应为仓库的网页地址，如 https://gitlab.example.org/union/portal`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || parsed.pathname.split('/').filter(Boolean).length < 2)
    throw new Error(`代码仓库的地址不对：${JSON.stringify(raw)}。应为 http(s):// 开头、带“所有者/仓库名”的网页地址，如 https://gitlab.example.org/union/portal`);
  const named = env.PORTAL_REPO_KIND?.trim();
  const kind = named ? hostKind(named) : knownHostKind(url);
  if (!kind)
    throw new Error(
      named
        ? `PORTAL_REPO_KIND=${named} 不认识：应为 ${HOST_KINDS.join('、')} 之一。`
        : `不知道 ${parsed.host} 是哪种代码托管网站：请设置 PORTAL_REPO_KIND（${HOST_KINDS.join('、')} 之一）。`,
    );
  return { kind, url, branch: env.PORTAL_REPO_BRANCH?.trim() || 'main' };
}
