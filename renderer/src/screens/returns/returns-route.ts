import { useEffect } from 'react';

/**
 * The URL fragment route of the returns screen. The desktop shell's permission handler grants
 * the camera only to a page whose fragment is this route (main/shell/permission-policy.ts), so
 * the two must stay equal.
 */
export const returnsRoute = '#/returns';

/**
 * Puts `#/returns` in the address while the calling screen is mounted and removes it on unmount,
 * so no other screen can ask for the camera. The address is replaced rather than pushed, because
 * the station has no back button and a history entry would only keep the route reachable.
 */
export function useReturnsRoute(): void {
  useEffect(() => {
    replaceFragment(returnsRoute);
    return () => replaceFragment('');
  }, []);
}

function replaceFragment(fragment: string): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${fragment}`);
}

// A reload keeps the fragment, but the app starts on another screen, so the route is dropped once
// when this module loads. The returns screen puts it back when it mounts.
if (window.location.hash === returnsRoute) {
  replaceFragment('');
}
