import { describe, expect, it } from 'vitest';
import { appEntryUrl, originOfUrl, trustedPageOrigins } from '../../../main/shell/app-origin';
import { isTrustedIpcSender } from '../../../main/shell/sender-policy';

describe('isTrustedIpcSender', () => {
  const origins = trustedPageOrigins(undefined);
  const fromMainWindow = { senderWebContentsId: 3, mainWebContentsId: 3, frameUrl: appEntryUrl, isMainFrame: true };

  it('accepts the main window top frame', () => {
    expect(isTrustedIpcSender(fromMainWindow, origins)).toBe(true);
  });

  it.each([
    ['another window', { senderWebContentsId: 4 }],
    ['a closed main window', { mainWebContentsId: null }],
    ['a subframe', { isMainFrame: false }],
    ['a destroyed frame', { frameUrl: null }],
    ['a file URL', { frameUrl: 'file:///home/operator/evil.html' }],
    ['a web page', { frameUrl: 'https://evil.example/index.html' }],
    ['another app host', { frameUrl: 'packtrace://other/index.html' }],
    ['the dev server outside dev', { frameUrl: 'http://localhost:5173/' }],
    ['an unparsable URL', { frameUrl: 'not a url' }],
  ])('rejects %s', (_case, change) => {
    expect(isTrustedIpcSender({ ...fromMainWindow, ...change }, origins)).toBe(false);
  });

  it('accepts the dev server in dev', () => {
    const devOrigins = trustedPageOrigins('http://localhost:5173/');

    expect(isTrustedIpcSender({ ...fromMainWindow, frameUrl: 'http://localhost:5173/index.html' }, devOrigins)).toBe(true);
    expect(isTrustedIpcSender({ ...fromMainWindow, frameUrl: 'http://localhost:5174/index.html' }, devOrigins)).toBe(false);
  });
});

describe('originOfUrl', () => {
  it('keeps the host of the app scheme', () => {
    expect(originOfUrl('packtrace://app/index.html#/pack')).toBe('packtrace://app');
  });

  it('returns null without a host', () => {
    expect(originOfUrl('file:///tmp/index.html')).toBeNull();
    expect(originOfUrl('about:blank')).toBeNull();
  });
});
