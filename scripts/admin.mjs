// @ts-check
/**
 * `npm run admin`: the content editor on this machine. Clones this repository into .admin/repo
 * (once; later runs reuse it and its branches), makes the clone safe for decap-server
 * (scripts/admin-local.mjs), builds the site from the clone's content with /admin/ talking to
 * decap-server, and serves it at http://localhost:4321/admin/. Every save in the editor is a branch
 * cms/<collection>/<slug> of .admin/repo; `npm run check` there, or `git push` it to the host.
 * Stop with Ctrl+C.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, makeCloneSafe, startDecapServer } from './admin-local.mjs';
import { startServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLONE = join(ROOT, '.admin', 'repo');
const OUT = join(ROOT, '.admin', 'site');
const SERVER_PORT = Number(process.env.PORTAL_CMS_PORT ?? 8081);
const SITE_PORT = Number(process.env.PORT ?? 4321);

if (!existsSync(join(CLONE, '.git'))) {
  mkdirSync(join(ROOT, '.admin'), { recursive: true });
  console.log(`复制代码仓库到 ${CLONE} …`);
  git(ROOT, 'clone', '--quiet', ROOT, CLONE);
  makeCloneSafe(CLONE);
}
const branch = git(CLONE, 'rev-parse', '--abbrev-ref', 'HEAD');
const local = `http://127.0.0.1:${SERVER_PORT}/api/v1`;
console.log('构建网站（约一分钟）…');
const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outDir', OUT], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, PORTAL_CONTENT_DIR: join(CLONE, 'content'), PORTAL_CMS_LOCAL: local, PORTAL_REPO_BRANCH: branch, PORTAL_SITE: `http://localhost:${SITE_PORT}` },
});
if (built.status !== 0) process.exit(built.status ?? 1);
const server = await startDecapServer(CLONE, SERVER_PORT);
const site = await startServer(OUT, '/', SITE_PORT);
console.log(`\n内容编辑：${site.url}admin/\n网站：${site.url}\n每次保存是 ${CLONE} 中的一个 cms/ 分支（git -C .admin/repo branch --list 'cms/*'）。按 Ctrl+C 停止。`);
const stop = () => {
  server.stop();
  void site.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
