/**
 * The Content-Security-Policy every page carries. No inline scripts, styles, handlers or
 * eval: scripts and styles come only from the site's own files.
 * (frame-ancestors cannot be set from a meta tag; public/_headers sets it for hosts that read it.)
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
