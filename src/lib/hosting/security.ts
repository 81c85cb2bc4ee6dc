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
