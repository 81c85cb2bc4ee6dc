// @ts-check
/**
 * decap-server in git mode on a clone that is safe to give it, for `npm run admin` and the
 * editor's browser test. decap-server commits every save with `git add .` (localGit/index.ts), so
 * the clone excludes every untracked path outside content/ (.git/info/exclude), and it names
 * Chinese file names as they are (core.quotePath false). Each save of the editorial workflow is a
 * branch cms/<collection>/<slug> of that clone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Runs git in `dir`; throws with git's words when it fails. */
export function git(/** @type {string} */ dir, /** @type {string[]} */ ...args) {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}：${r.stderr || r.stdout}`);
  return r.stdout.trim();
}

/**
 * Makes `dir` (a git work tree) safe for decap-server: only content/ can be staged, Chinese names
 * stay readable, and commits have an author where the machine has none.
 */
export function makeCloneSafe(/** @type {string} */ dir) {
  git(dir, 'config', 'core.quotePath', 'false');
  appendFileSync(join(dir, '.git', 'info', 'exclude'), '\n# npm run admin: decap-server runs `git add .`; only content/ may be staged\n/*\n!/content/\n');
  const has = (/** @type {string} */ key) => spawnSync('git', ['config', key], { cwd: dir }).status === 0;
  if (!has('user.name')) git(dir, 'config', 'user.name', '内容编辑（本机）');
  if (!has('user.email')) git(dir, 'config', 'user.email', 'cms@localhost');
}

/**
 * Starts decap-server (MODE=git) on 127.0.0.1 for the repository at `repoDir`; resolves when it listens.
 * @returns {Promise<{ url: string, stop: () => void, log: () => string }>}
 */
export function startDecapServer(/** @type {string} */ repoDir, port = 8081) {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [entry], {
    cwd: repoDir,
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repoDir, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (/** @type {Buffer} */ d) => {
      out += d;
      if (/listening on/.test(out)) resolve({ url: `http://127.0.0.1:${port}/api/v1`, stop: () => child.kill(), log: () => out });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`decap-server 退出（${code}）：${out}`)));
  });
}

/** Makes a fresh repository at `dir` whose content/ is a copy of `contentDir`, committed on `main`. */
export function initContentRepo(/** @type {string} */ dir, /** @type {string} */ contentDir) {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
  spawnSync('cp', ['-r', contentDir, join(dir, 'content')]);
  makeCloneSafe(dir);
  git(dir, 'add', 'content');
  git(dir, 'commit', '--quiet', '-m', 'content');
}
