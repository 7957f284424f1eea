import { describe, expect, it } from 'vitest';
import { appEntryUrl, trustedPageOrigins } from '../../../main/shell/app-origin';
import { isPermissionGranted, returnsScreenRoute, routeOfUrl, type PermissionFacts } from '../../../main/shell/permission-policy';

const origins = trustedPageOrigins(undefined);
const cameraOnReturns: PermissionFacts = {
  permission: 'media',
  requestingUrl: `${appEntryUrl}#${returnsScreenRoute}`,
  isMainFrame: true,
  mediaTypes: ['video'],
};

describe('isPermissionGranted', () => {
  it('grants the camera to the returns screen', () => {
    expect(isPermissionGranted(cameraOnReturns, origins)).toBe(true);
  });

  it('grants the camera with a trailing slash or query', () => {
    expect(isPermissionGranted({ ...cameraOnReturns, requestingUrl: `${appEntryUrl}#/returns/` }, origins)).toBe(true);
    expect(isPermissionGranted({ ...cameraOnReturns, requestingUrl: `${appEntryUrl}#/returns?unit=7` }, origins)).toBe(true);
  });

  it.each([
    ['the pack screen', { requestingUrl: `${appEntryUrl}#/pack` }],
    ['no route at all', { requestingUrl: appEntryUrl }],
    ['a route below returns', { requestingUrl: `${appEntryUrl}#/returns/../pack` }],
    ['a route that starts like returns', { requestingUrl: `${appEntryUrl}#/returns-admin` }],
    ['returns in the path, not the fragment', { requestingUrl: 'packtrace://app/returns' }],
    ['a subframe', { isMainFrame: false }],
    ['another origin', { requestingUrl: 'https://evil.example/#/returns' }],
    ['another app host', { requestingUrl: 'packtrace://other/index.html#/returns' }],
    ['a file URL', { requestingUrl: 'file:///tmp/index.html#/returns' }],
    ['the dev server outside dev', { requestingUrl: 'http://localhost:5173/#/returns' }],
    ['an unknown URL', { requestingUrl: null }],
    ['the microphone', { mediaTypes: ['audio'] }],
    ['camera with microphone', { mediaTypes: ['video', 'audio'] }],
    ['media without a type', { mediaTypes: [] }],
    ['an unknown media type', { mediaTypes: ['unknown'] }],
  ])('denies the camera for %s', (_case, change) => {
    expect(isPermissionGranted({ ...cameraOnReturns, ...change }, origins)).toBe(false);
  });

  it.each(['notifications', 'geolocation', 'hid', 'serial', 'usb', 'clipboard-read', 'display-capture', 'openExternal', 'fileSystem', 'unknown'])(
    'denies %s even on the returns screen',
    (permission) => {
      expect(isPermissionGranted({ ...cameraOnReturns, permission, mediaTypes: [] }, origins)).toBe(false);
    },
  );

  it('grants the dev server only in dev', () => {
    const devOrigins = trustedPageOrigins('http://localhost:5173/');
    const fromDevServer = { ...cameraOnReturns, requestingUrl: 'http://localhost:5173/#/returns' };

    expect(isPermissionGranted(fromDevServer, devOrigins)).toBe(true);
    expect(isPermissionGranted(fromDevServer, origins)).toBe(false);
  });
});

describe('routeOfUrl', () => {
  it('reads the fragment route', () => {
    expect(routeOfUrl('packtrace://app/index.html#/returns')).toBe('/returns');
    expect(routeOfUrl('packtrace://app/index.html#/')).toBe('/');
  });

  it('returns null without a route', () => {
    expect(routeOfUrl('packtrace://app/index.html')).toBeNull();
    expect(routeOfUrl('packtrace://app/index.html#returns')).toBeNull();
    expect(routeOfUrl('not a url')).toBeNull();
  });
});
