import { originOfUrl } from './app-origin';

/**
 * Route of the returns screen, the only screen that may use the camera (to photograph a returned
 * unit). The renderer shows it as the URL fragment `#/returns`; a screen that wants the camera
 * must put this fragment in the address before it asks.
 */
export const returnsScreenRoute = '/returns';

/** The facts about a permission request or check that decide whether the page gets it. */
export interface PermissionFacts {
  /** Electron's permission name, such as 'media', 'notifications' or 'hid'. */
  readonly permission: string;
  /** URL of the frame that asks; Electron passes the top frame's URL for checks without details. */
  readonly requestingUrl: string | null;
  readonly isMainFrame: boolean;
  /** Media kinds of a 'media' request ('video', 'audio'); empty for other permissions. */
  readonly mediaTypes: ReadonlyArray<string>;
}

/**
 * Grants the camera (a 'media' request for video only) to the top frame of one of the app's own
 * pages while it shows the returns route, and denies everything else: microphone, notifications,
 * HID, serial, geolocation, clipboard, and the camera on any other screen or origin.
 */
export function isPermissionGranted(facts: PermissionFacts, trustedOrigins: ReadonlyArray<string>): boolean {
  if (facts.permission !== 'media' || !facts.isMainFrame || facts.requestingUrl === null) {
    return false;
  }
  if (facts.mediaTypes.length === 0 || facts.mediaTypes.some((type) => type !== 'video')) {
    return false;
  }

  const origin = originOfUrl(facts.requestingUrl);
  if (origin === null || !trustedOrigins.includes(origin)) {
    return false;
  }
  return routeOfUrl(facts.requestingUrl) === returnsScreenRoute;
}

/** Returns the screen route of a page URL: its fragment without `#` and query, or null. */
export function routeOfUrl(url: string): string | null {
  let fragment: string;
  try {
    fragment = new URL(url).hash;
  } catch {
    return null;
  }
  if (!fragment.startsWith('#/')) {
    return null;
  }
  const route = fragment.slice(1).split('?')[0] as string;
  return route.replace(/\/+$/, '') || '/';
}
