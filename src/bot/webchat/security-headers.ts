import type { Response } from 'restify';

/**
 * Web Chat 4.18 gives its nonce to every style sheet but one: the transcript's scroller
 * (react-scroll-to-bottom) adds an empty <style> without it and fills it through CSSOM,
 * which CSP does not govern. Allowing only the empty sheet's hash keeps 'unsafe-inline' out.
 */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/**
 * The page's Content-Security-Policy: everything from this server only, except the Direct
 * Line service the chat talks to in production (nothing else locally). Checked by running
 * Web Chat 4.18 in Chromium under it (tests/webchat): it needs no 'unsafe-eval' and no
 * 'unsafe-inline'; its <style> elements carry the nonce. Images: data: for the icons
 * Web Chat draws as data: SVGs, blob: for its typing and spinner animations, and the
 * origin of the configured logo (BRAND_LOGO_URL).
 */
export function contentSecurityPolicy(nonce: string, directLineOrigins: string[], imageOrigins: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    `img-src ${["'self'", 'data:', 'blob:', ...imageOrigins].join(' ')}`,
    `connect-src ${["'self'", ...directLineOrigins].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every page and static file gets. */
export function hygieneHeaders(res: Response): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
}

/** https://host and wss://host for a Direct Line base URL: polling and its WebSocket stream. */
export function originsOf(directLineUrl: string): string[] {
  const url = new URL(directLineUrl);
  const socket = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${socket}//${url.host}`];
}
