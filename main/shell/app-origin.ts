/**
 * The desktop app loads its screens from a privileged custom scheme instead of file://, so the
 * pages have one fixed origin for the sender check and the CSP, and can read no other file.
 */
export const appScheme = 'packtrace';
export const appHost = 'app';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/**
 * Returns `scheme://host[:port]` of a URL, or null when it does not parse. Node's URL reports
 * the origin of a non-special scheme such as packtrace: as "null", so it is rebuilt here.
 */
export function originOfUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') {
    return null;
  }
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * Returns the origins the main window may load pages from: the app scheme, plus the
 * electron-vite dev server when `devServerUrl` is set (during `npm run dev` only).
 */
export function trustedPageOrigins(devServerUrl: string | undefined): ReadonlyArray<string> {
  const origins = [`${appScheme}://${appHost}`];
  const devOrigin = devServerUrl === undefined ? null : originOfUrl(devServerUrl);
  if (devOrigin !== null) {
    origins.push(devOrigin);
  }
  return origins;
}
