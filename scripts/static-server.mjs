// @ts-check
// A static file server for dist/ on 127.0.0.1, mounted at the site's base path like a static host.
// Used by the browser tests and by `npm run lighthouse`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.mp4': 'video/mp4',
};

/**
 * @param {string} root directory to serve
 * @param {string} [base] the site's base path
 * @param {number} [port] 0 for any free port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer(root, base = '/', port = 0) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not under base');
      return;
    }
    path = path.slice(prefix.length - 1);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Like a real host: hashed assets are immutable, pages revalidate.
    const cache = file.includes(`${'/_astro/'}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    // Like a real host (GitHub Pages, Netlify): text is sent gzip-compressed to a browser that
    // asks for it, so Lighthouse measures the bytes a phone would download.
    const compress = /^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': type,
      'cache-control': cache,
      vary: 'Accept-Encoding',
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${addr.port}${prefix}`,
        close: () => new Promise((r) => server.close(() => r(undefined))),
      });
    });
  });
}
