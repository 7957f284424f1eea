import { describe, expect, it } from 'vitest';
import { allowedHostHeaders, createLaunchToken, isAllowedHost, isAllowedOrigin, isLaunchToken } from '../../../main/station/access-control';

describe('isLaunchToken', () => {
  const token = createLaunchToken();

  it('accepts the launch token', () => {
    expect(isLaunchToken(token, token)).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['shorter', token.slice(1)],
    ['longer', `${token}x`],
    ['same length, different', `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`],
  ])('rejects a %s token', (_case, presented) => {
    expect(isLaunchToken(presented, token)).toBe(false);
  });

  it('uses URL-safe characters only', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('isAllowedHost and isAllowedOrigin', () => {
  const allowed = allowedHostHeaders('127.0.0.1', 4310);

  it('accepts loopback and localhost hosts', () => {
    expect(isAllowedHost('127.0.0.1:4310', allowed)).toBe(true);
    expect(isAllowedHost('localhost:4310', allowed)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4310', allowed)).toBe(true);
  });

  it.each([undefined, '127.0.0.1', '127.0.0.1:4311', 'rebound.example:4310', '0.0.0.0:4310'])('rejects host %s', (host) => {
    expect(isAllowedHost(host, allowed)).toBe(false);
  });

  it('accepts a missing or own Origin', () => {
    expect(isAllowedOrigin(undefined, allowed)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4310', allowed)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4310', allowed)).toBe(true);
  });

  it.each(['null', 'http://evil.example', 'https://127.0.0.1:4310', 'http://127.0.0.1:4311', 'file://'])('rejects origin %s', (origin) => {
    expect(isAllowedOrigin(origin, allowed)).toBe(false);
  });
});
