/**
 * Builds the Content-Security-Policy of the station's pages. Scripts and styles load only from
 * the app's own origin, with no inline code, so injected markup cannot run script. Label
 * previews are PDFs shown from `blob:` or `data:` URLs, which is why frames and objects allow them.
 *
 * @param extraConnectSources origins the page may open connections to besides its own, such as
 *   the loopback WebSocket URL (older Chromium versions do not match `ws:` against `'self'`).
 * @param options.allowInlineScripts adds `'unsafe-inline'` to script-src, for the Vite dev server
 *   only: its React refresh preamble is an inline script. Never set it for built pages.
 */
export function contentSecurityPolicy(
  extraConnectSources: ReadonlyArray<string> = [],
  options: { readonly allowInlineScripts?: boolean } = {},
): string {
  const directives: ReadonlyArray<string> = [
    "default-src 'none'",
    options.allowInlineScripts === true ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...extraConnectSources].join(' '),
    "media-src 'self' data: blob:",
    "frame-src 'self' blob: data:",
    "object-src 'self' blob: data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}
