import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Bytes of randomness in a launch token; 32 bytes give 256 bits, far beyond guessing. */
const tokenBytes = 32;

/** Creates the per-launch token that every API call and WebSocket upgrade must present. */
export function createLaunchToken(): string {
  return randomBytes(tokenBytes).toString('base64url');
}

/** Compares a presented token with the launch token in constant time for equal lengths. */
export function isLaunchToken(presented: string | null | undefined, launchToken: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0) {
    return false;
  }

  const presentedBytes = Buffer.from(presented, 'utf8');
  const expectedBytes = Buffer.from(launchToken, 'utf8');
  if (presentedBytes.length !== expectedBytes.length) {
    return false;
  }
  return timingSafeEqual(presentedBytes, expectedBytes);
}

/** Returns the origin (`http://127.0.0.1:<port>`) that pages served by this host send. */
export function ownOrigin(host: string, port: number): string {
  return `http://${host}:${port}`;
}

/**
 * Lists the `host:port` values this host accepts: its listening address, plus `localhost` on a
 * loopback address, because `localhost` resolves only to this machine. A DNS-rebinding page reaches 127.0.0.1 under its own host
 * name, so any other Host header is rejected before the token is even looked at.
 */
export function allowedHostHeaders(host: string, port: number): ReadonlyArray<string> {
  return isLoopbackAddress(host) ? [`${host}:${port}`, `localhost:${port}`] : [`${host}:${port}`];
}

/** True for 127.0.0.0/8 and ::1, the addresses only this machine can reach. */
export function isLoopbackAddress(host: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === '::1';
}

/** Checks the Host header against `allowedHostHeaders`; a request without one is rejected. */
export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlyArray<string>): boolean {
  return hostHeader !== undefined && allowed.includes(hostHeader.toLowerCase());
}

/**
 * Checks the Origin header: absent is allowed (curl, the command line, same-origin GETs), present
 * must be `http://` plus one of the allowed Host values. Browsers always send Origin on
 * cross-site POSTs and on WebSocket upgrades, so a page from another site cannot reach the API
 * or the socket.
 */
export function isAllowedOrigin(originHeader: string | undefined, allowedHosts: ReadonlyArray<string>): boolean {
  if (originHeader === undefined) {
    return true;
  }
  return allowedHosts.some((hostHeader) => originHeader === `http://${hostHeader}`);
}
