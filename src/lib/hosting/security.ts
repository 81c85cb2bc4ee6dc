/**
 * The Content-Security-Policy every page carries. No inline scripts, styles, handlers or
 * eval: scripts and styles come only from the site's own files.
 * (frame-ancestors cannot be set from a meta tag; dist/_headers sets it for hosts that read it.)
 */
export const CSP = policy("script-src 'self'");

/**
 * The search page only: Pagefind runs its index in WebAssembly, which needs 'wasm-unsafe-eval'
 * (it allows compiling WebAssembly, not JavaScript eval).
 */
export const CSP_SEARCH = policy("script-src 'self' 'wasm-unsafe-eval'");

/**
 * /admin/ only (Decap CMS): its bundle compiles code at run time ('unsafe-eval') and its React
 * components set inline styles ('unsafe-inline' for styles, never for scripts); it talks to the git
 * host's API (or to decap-server for `npm run admin`) and shows the host's avatars. Nothing else is
 * relaxed, and no other page carries this policy.
 */
export function adminCsp(connect: readonly string[], images: readonly string[] = connect): string {
  const hosts = connect.length ? ` ${connect.join(' ')}` : '';
  const pictures = images.length ? ` ${images.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${pictures}`,
    "font-src 'self' data:",
    `connect-src 'self'${hosts}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
