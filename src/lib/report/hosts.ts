// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
/**
 * The git hosts staff can reach, and each one's "new file" page. Where a host fills the file's
 * name and contents in from the address, the report form's button opens that page filled in;
 * where it does not (or not in every version), the form puts the contents on the clipboard and
 * says step by step what to do. Where each address form is documented: README ("Git hosts").
 */

export const HOST_KINDS = ['github', 'gitlab', 'gitea', 'forgejo', 'gitee'] as const;
export type HostKind = (typeof HOST_KINDS)[number];

export const HOST_NAMES: Record<HostKind, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  gitea: 'Gitea',
  forgejo: 'Forgejo',
  gitee: 'Gitee（码云）',
};

export interface Repository {
  kind: HostKind;
  /** The repository's web address, without a trailing slash: https://gitlab.example.org/union/portal (GitLab groups may nest). */
  url: string;
  branch: string;
}

export interface NewFilePage {
  url: string;
  /** What the page shows filled in: both name and contents, or the name only in some versions, or nothing. */
  prefills: 'both' | 'name-maybe-contents' | 'none';
  /** Whether the form should put the contents on the clipboard as it opens the page. */
  copyContents: boolean;
}

/** A branch in a path: each segment encoded, the slashes of `release/autumn` kept. */
const branchPath = (branch: string) => branch.split('/').map(encodeURIComponent).join('/');

/** GitHub: /<owner>/<repo>/new/<branch>?filename=<path>&value=<contents>. */
export function githubNewFileUrl(repo: Repository, path: string, text: string): string {
  const url = new URL(`${repo.url}/new/${branchPath(repo.branch)}`);
  url.searchParams.set('filename', path);
  url.searchParams.set('value', text);
  return url.href;
}

/** Gitea and Forgejo: /<owner>/<repo>/_new/<branch>/?filename=<path>&value=<contents> (the path may hold folders). */
export function giteaNewFileUrl(repo: Repository, path: string, text: string): string {
  const url = new URL(`${repo.url}/_new/${branchPath(repo.branch)}/`);
  url.searchParams.set('filename', path);
  url.searchParams.set('value', text);
  return url.href;
}

/** GitLab: /<group>/<project>/-/new/<branch>/?file_name=<path>&content=<contents>. */
export function gitlabNewFileUrl(repo: Repository, path: string, text: string): string {
  const url = new URL(`${repo.url}/-/new/${branchPath(repo.branch)}/`);
  url.searchParams.set('file_name', path);
  url.searchParams.set('content', text);
  return url.href;
}

/** Gitee: /<owner>/<repo>/new/<branch>/, its "新建文件" page, which takes nothing from the address. */
export function giteeNewFileUrl(repo: Repository): string {
  return new URL(`${repo.url}/new/${branchPath(repo.branch)}/`).href;
}

export function newFilePage(repo: Repository, path: string, text: string): NewFilePage {
  switch (repo.kind) {
    case 'github':
      return { url: githubNewFileUrl(repo, path, text), prefills: 'both', copyContents: false };
    case 'gitea':
    case 'forgejo':
      return { url: giteaNewFileUrl(repo, path, text), prefills: 'both', copyContents: false };
    case 'gitlab':
      // Some GitLab versions fill in the name but leave the editor empty: the contents go on the clipboard too.
      return { url: gitlabNewFileUrl(repo, path, text), prefills: 'name-maybe-contents', copyContents: true };
    case 'gitee':
      return { url: giteeNewFileUrl(repo), prefills: 'none', copyContents: true };
  }
}

/** A host's name inside a Chinese sentence: a space after it, unless it ends in a full-width bracket. */
const named = (kind: HostKind) => `${HOST_NAMES[kind]}${HOST_NAMES[kind].endsWith('）') ? '' : ' '}`;

/** The button's words. */
export function openLabel(repo: Repository): string {
  return `在 ${named(repo.kind)}上创建这个文件`;
}

/** What the report form and /admin/ say when the site was built with no repository set (PORTAL_REPO_URL). */
export const NO_REPOSITORY = '本站没有设置代码仓库（构建时未设 PORTAL_REPO_URL）';
/** The steps with no repository: the file goes to whoever keeps the site. */
export const NO_REPOSITORY_STEPS = [
  '按“下载文件”保存这个文件，或按“复制文件内容”。',
  '把文件（和上面的文件位置）交给管理网站的同事，由他放进代码仓库并提交拉取请求。',
];

/** The steps to finish on the host's page, in the words staff read beside the button. */
export function newFileSteps(repo: Repository, path: string): string[] {
  const host = named(repo.kind);
  const propose = '写一句说明（如“上报晋江市总工会9月1日进度”），选择“新建分支并发起合并请求（pull request）”的那一项，再按提交按钮。';
  switch (repo.kind) {
    case 'github':
      return [`在打开的 ${host}页面上，文件名和内容都已填好，不用改动。`, `按“Commit changes…”，${propose}`, '自动检查通过后，等管理员合并。'];
    case 'gitea':
    case 'forgejo':
      return [`在打开的 ${host}页面上，文件名和内容都已填好，不用改动。`, `在页面下方${propose}`, '自动检查通过后，等管理员合并。'];
    case 'gitlab':
      return [
        `在打开的 ${host}页面上，文件名已填好：${path}。`,
        '看一下内容框：有些版本的 GitLab 会让它空着。空着的话，点一下内容框，按 Ctrl+V（手机上长按，选“粘贴”）：内容已经复制好了。',
        '在页面下方写一句说明（如“上报晋江市总工会9月1日进度”），“Target Branch（目标分支）”填一个新的名字（如 report-0901），勾选“Start a new merge request（开始新的合并请求）”，再按“Commit changes（提交更改）”。',
        '自动检查通过后，等管理员合并。',
      ];
    case 'gitee':
      return [
        `${host}的新建文件页面不会自动填写。文件内容已经复制好了：点一下页面上的内容框，按 Ctrl+V（手机上长按，选“粘贴”）。`,
        `在“文件名”一栏填完整的路径：${path}（可以回到本页按“复制文件名”，再粘贴）。`,
        `在页面下方${propose}`,
        '自动检查通过后，等管理员合并。',
      ];
  }
}

/** A host kind named in a config value, or undefined. */
export function hostKind(value: string | undefined): HostKind | undefined {
  const v = value?.trim().toLowerCase();
  return HOST_KINDS.find((k) => k === v);
}

/** The host kind of a well-known address (github.com, gitlab.com, gitee.com, gitea.com, codeberg.org). */
export function knownHostKind(url: string): HostKind | undefined {
  const host = new URL(url).hostname.toLowerCase();
  const known: Record<string, HostKind> = {
    'github.com': 'github',
    'gitlab.com': 'gitlab',
    'jihulab.com': 'gitlab',
    'gitee.com': 'gitee',
    'gitea.com': 'gitea',
    'codeberg.org': 'forgejo',
  };
  return known[host];
}
