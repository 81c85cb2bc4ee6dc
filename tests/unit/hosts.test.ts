import { describe, expect, it } from 'vitest';
import {
  giteaNewFileUrl,
  giteeNewFileUrl,
  githubNewFileUrl,
  gitlabNewFileUrl,
  HOST_KINDS,
  newFilePage,
  newFileSteps,
  type Repository,
} from '../../src/lib/report/hosts';
import { repository } from '../../src/lib/report/repository';

const path = 'content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json';
// Contents with what an address must escape: quotes, a newline, &, =, #, ?, +, %, a space and Chinese.
const text = '{\n  "source": "晋江市总工会 & 石狮=#?+100%"\n}\n';

/** The address as the host's documentation writes it, split into path and query parameters. */
function parts(href: string) {
  const u = new URL(href);
  return { origin: u.origin, pathname: u.pathname, params: Object.fromEntries(u.searchParams) };
}

describe('each host’s new-file page, in the form its documentation gives', () => {
  it('GitHub: /<owner>/<repo>/new/<branch>?filename=<path>&value=<contents>', () => {
    const repo: Repository = { kind: 'github', url: 'https://github.com/acme/portal', branch: 'main' };
    expect(parts(githubNewFileUrl(repo, path, text))).toEqual({ origin: 'https://github.com', pathname: '/acme/portal/new/main', params: { filename: path, value: text } });
  });

  it('Gitea: /<owner>/<repo>/_new/<branch>/?filename=<path>&value=<contents>', () => {
    const repo: Repository = { kind: 'gitea', url: 'https://git.example.gov.cn/union/portal', branch: 'main' };
    expect(parts(giteaNewFileUrl(repo, path, text))).toEqual({
      origin: 'https://git.example.gov.cn',
      pathname: '/union/portal/_new/main/',
      params: { filename: path, value: text },
    });
  });

  it('Forgejo: the same form as Gitea (its fork), also under a sub-path install', () => {
    const repo: Repository = { kind: 'forgejo', url: 'https://example.org/git/union/portal', branch: 'main' };
    const page = newFilePage(repo, path, text);
    expect(parts(page.url)).toEqual({ origin: 'https://example.org', pathname: '/git/union/portal/_new/main/', params: { filename: path, value: text } });
    expect(page).toMatchObject({ prefills: 'both', copyContents: false });
  });

  it('GitLab: /<group>/<project>/-/new/<branch>/?file_name=<path>&content=<contents>, groups nested; contents also copied', () => {
    const repo: Repository = { kind: 'gitlab', url: 'https://gitlab.example.org/fujian/quanzhou/portal', branch: 'main' };
    expect(parts(gitlabNewFileUrl(repo, path, text))).toEqual({
      origin: 'https://gitlab.example.org',
      pathname: '/fujian/quanzhou/portal/-/new/main/',
      params: { file_name: path, content: text },
    });
    expect(newFilePage(repo, path, text)).toMatchObject({ prefills: 'name-maybe-contents', copyContents: true });
  });

  it('Gitee: /<owner>/<repo>/new/<branch>/ with nothing in the address; contents copied, steps given', () => {
    const repo: Repository = { kind: 'gitee', url: 'https://gitee.com/union/portal', branch: 'master' };
    expect(giteeNewFileUrl(repo)).toBe('https://gitee.com/union/portal/new/master/');
    expect(newFilePage(repo, path, text)).toEqual({ url: 'https://gitee.com/union/portal/new/master/', prefills: 'none', copyContents: true });
    const steps = newFileSteps(repo, path).join('\n');
    expect(steps).toContain(path);
    expect(steps).toContain('粘贴');
  });

  it('keeps the slashes of a branch like release/2019 and escapes the rest', () => {
    const repo: Repository = { kind: 'github', url: 'https://github.com/acme/portal', branch: 'release/2019 秋' };
    expect(new URL(githubNewFileUrl(repo, path, text)).pathname).toBe('/acme/portal/new/release/2019%20%E7%A7%8B');
  });

  it('every host has steps in words, and those of the hosts that copy say to paste', () => {
    for (const kind of HOST_KINDS) {
      const repo: Repository = { kind, url: 'https://example.org/a/b', branch: 'main' };
      const steps = newFileSteps(repo, path);
      expect(steps.length, kind).toBeGreaterThanOrEqual(3);
      if (newFilePage(repo, path, text).copyContents) expect(steps.join(''), kind).toMatch(/Ctrl\+V/);
    }
  });
});

describe('the examples the hosts’ own pages give', () => {
  // Each builder, given the example's repository, branch, name and contents, must produce the
  // example's address (compared as path and decoded parameters: encodings of a space differ).
  const cases: { source: string; example: string; build: () => string }[] = [
    {
      source: 'GitHub, as quoted in go-gitea/gitea#16398 from isaacs/github#1527',
      example: 'https://github.com/example/project/new/master?filename=path/to/hello.md&value=Hello+World!',
      build: () => githubNewFileUrl({ kind: 'github', url: 'https://github.com/example/project', branch: 'master' }, 'path/to/hello.md', 'Hello World!'),
    },
    {
      source: 'Gitea docs, “Pre-Fill New File name and contents” (docs.gitea.com/development/integrations)',
      example: 'https://git.example.com/johndoe/bliss/_new/articles/?filename=hello-world.md&value=Hello%2C%20World!',
      build: () => giteaNewFileUrl({ kind: 'gitea', url: 'https://git.example.com/johndoe/bliss', branch: 'articles' }, 'hello-world.md', 'Hello, World!'),
    },
    {
      source: 'GitLab, app/views/projects/blob/_editor.html.haml reads params[:file_name] and params[:content] (gitlab-org/gitlab#594214)',
      example: 'https://gitlab.com/namespace/project/-/new/main/?file_name=test.txt&content=hello',
      build: () => gitlabNewFileUrl({ kind: 'gitlab', url: 'https://gitlab.com/namespace/project', branch: 'main' }, 'test.txt', 'hello'),
    },
  ];
  for (const c of cases)
    it(c.source, () => {
      expect(parts(c.build())).toEqual(parts(c.example));
    });
});

describe('the site’s config names the host', () => {
  it('reads PORTAL_REPO_URL and PORTAL_REPO_KIND (a self-hosted GitLab in a group)', () => {
    expect(repository({ PORTAL_REPO_URL: 'https://git.example.gov.cn/fujian/portal.git/', PORTAL_REPO_KIND: 'GitLab', PORTAL_REPO_BRANCH: 'master' })).toEqual({
      kind: 'gitlab',
      url: 'https://git.example.gov.cn/fujian/portal',
      branch: 'master',
    });
  });
  it('knows the public hosts by their address', () => {
    expect(repository({ PORTAL_REPO_URL: 'https://gitee.com/union/portal' })?.kind).toBe('gitee');
    expect(repository({ PORTAL_REPO_URL: 'https://codeberg.org/union/portal' })?.kind).toBe('forgejo');
    expect(repository({ PORTAL_REPO_URL: 'https://jihulab.com/union/portal' })?.kind).toBe('gitlab');
  });
  it('still reads the older PORTAL_REPO=owner/name (GitHub by default)', () => {
    expect(repository({ PORTAL_REPO: 'acme/portal' })).toEqual({ kind: 'github', url: 'https://github.com/acme/portal', branch: 'main' });
    // No repository set: undefined, never a placeholder's address (the form and /admin/ say none is set).
    expect(repository({})).toBeUndefined();
  });
  it('refuses, in words, an unknown kind, an unknown host without a kind, and an address without owner/name', () => {
    expect(() => repository({ PORTAL_REPO_URL: 'https://git.example.org/a/b', PORTAL_REPO_KIND: 'svn' })).toThrow(/PORTAL_REPO_KIND=svn 不认识/);
    expect(() => repository({ PORTAL_REPO_URL: 'https://git.example.org/a/b' })).toThrow(/请设置 PORTAL_REPO_KIND/);
    expect(() => repository({ PORTAL_REPO_URL: 'https://git.example.org/portal', PORTAL_REPO_KIND: 'gitea' })).toThrow(/所有者\/仓库名/);
    expect(() => repository({ PORTAL_REPO_URL: 'git.example.org/a/b', PORTAL_REPO_KIND: 'gitea' })).toThrow(/地址不对/);
  });
});
