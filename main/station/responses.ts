import type { ServerResponse } from 'node:http';

/** Headers every response of the host carries, whatever its route. */
export const commonSecurityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the launch token, so no request may send it on as a referrer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Sends a JSON body with the given status; API responses are never cached. */
export function sendJson(response: ServerResponse, status: number, body: unknown, extraHeaders: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...commonSecurityHeaders,
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/** Sends a short plain-text body, for requests outside the API such as a missing file. */
export function sendText(response: ServerResponse, status: number, text: string, extraHeaders: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, {
    ...commonSecurityHeaders,
    ...extraHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
