import { describe, expect, it } from 'vitest';
import type { Services } from '../../../main/api/services';
import { createBrowserSessions } from '../../../main/station/browser-sessions';
import { readCookie, sessionCookie, sessionCookieName } from '../../../main/station/session-cookie';

const noServices = (): Services => ({}) as Services;

describe('browser sessions', () => {
  it('finds a session by its id only', () => {
    const sessions = createBrowserSessions(noServices, { pairedByDefault: true });

    const opened = sessions.open();

    expect(sessions.find(opened.id)?.browser).toBe(opened.browser);
    expect(sessions.find('not-an-issued-id')).toBeNull();
    expect(sessions.find(null)).toBeNull();
    expect(opened.browser.paired).toBe(true);
  });

  it('forgets the old id on renew', () => {
    const sessions = createBrowserSessions(noServices, { pairedByDefault: false });
    const opened = sessions.open();

    const renewed = sessions.renew(opened.id);

    expect(sessions.find(opened.id)).toBeNull();
    expect(sessions.find(renewed)?.browser).toBe(opened.browser);
    expect(opened.browser.paired).toBe(false);
  });

  it('expires unseen sessions', () => {
    let now = 0;
    const sessions = createBrowserSessions(noServices, { pairedByDefault: true, expireAfterMs: 1_000, now: () => now });
    const kept = sessions.open();
    const dropped = sessions.open();

    now = 900;
    sessions.find(kept.id);
    now = 1_500;

    expect(sessions.find(kept.id)).not.toBeNull();
    expect(sessions.find(dropped.id)).toBeNull();
  });

  it('drops the least recently seen beyond the cap', () => {
    const sessions = createBrowserSessions(noServices, { pairedByDefault: true, maxSessions: 2 });
    const first = sessions.open();
    const second = sessions.open();
    sessions.find(first.id);

    sessions.open();

    expect(sessions.size).toBe(2);
    expect(sessions.find(first.id)).not.toBeNull();
    expect(sessions.find(second.id)).toBeNull();
  });
});

describe('session cookie', () => {
  it('reads its own cookie by port', () => {
    const header = `other=1; ${sessionCookieName(4301)}=abc; ${sessionCookieName(4300)}=xyz`;

    expect(readCookie(header, sessionCookieName(4300))).toBe('xyz');
    expect(readCookie(header, sessionCookieName(4302))).toBeNull();
    expect(readCookie(undefined, sessionCookieName(4300))).toBeNull();
  });

  it('sets HttpOnly and SameSite=Strict', () => {
    expect(sessionCookie('packtrace_session_4300', 'abc')).toBe('packtrace_session_4300=abc; Path=/; HttpOnly; SameSite=Strict');
  });
});
