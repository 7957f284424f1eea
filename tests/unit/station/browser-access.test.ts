import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { listenStation, type StationServer } from '../../../main/station/http-server';
import { openStation, type OpenedStation } from '../../../main/station/open-station';
import { addTestOperator, testPin } from '../../support/operators';
import { useTempDir } from '../../support/temp-dir';
import { sendRaw, type RawResponse } from './http-client';

/** One browser: its own cookie jar, holding the station's session cookie. */
class Browser {
  cookie: string | null = null;
  token: string;

  constructor(
    private readonly server: StationServer,
    token: string,
  ) {
    this.token = token;
  }

  async call(channel: string, payload: unknown, extraHeaders: Record<string, string> = {}): Promise<{ status: number; body: any; response: RawResponse }> {
    const response = await sendRaw(this.server.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: this.headers({ 'Content-Type': 'application/json', 'x-packtrace-token': this.token, ...extraHeaders }),
      body: JSON.stringify(payload),
    });
    this.keepCookie(response);
    return { status: response.status, body: JSON.parse(response.body), response };
  }

  async pair(code: string): Promise<{ status: number; body: any }> {
    const response = await sendRaw(this.server.port, {
      method: 'POST',
      path: '/pair',
      headers: this.headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify({ code }),
    });
    this.keepCookie(response);
    return { status: response.status, body: JSON.parse(response.body) };
  }

  private headers(extra: Record<string, string>): Record<string, string> {
    return { Host: `127.0.0.1:${this.server.port}`, ...(this.cookie === null ? {} : { Cookie: this.cookie }), ...extra };
  }

  private keepCookie(response: RawResponse): void {
    const setCookie = response.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (first !== undefined) {
      this.cookie = first.split(';')[0] ?? null;
    }
  }
}

describe('browser sessions and LAN mode', () => {
  const tempDir = useTempDir('packtrace-browser-');
  const toClose: Array<() => Promise<void> | void> = [];

  afterEach(async () => {
    for (const close of toClose.splice(0).reverse()) {
      await close();
    }
  });

  async function start(options: { forceLanMode?: boolean; pairingCode?: string; attemptLimits?: { maxFailures: number; windowMs: number } } = {}) {
    const root = tempDir();
    const rendererDir = join(root, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Packtrace</title>');
    const opened = openStation({ dataDir: join(root, 'data'), transport: 'browser' });
    if (!opened.ok) {
      throw new Error(JSON.stringify(opened.error));
    }
    const station: OpenedStation = opened.value;
    toClose.push(() => station.close());
    const server = await listenStation({ createSessionServices: station.createSessionServices, rendererDir, ...options });
    toClose.push(() => server.close());
    await addTestOperator(station.db, 'Anna', 'packer');
    await addTestOperator(station.db, 'Sam', 'supervisor');
    return { station, server };
  }

  it('keeps two browsers apart', async () => {
    const { server } = await start();
    const first = new Browser(server, server.token);
    const second = new Browser(server, server.token);

    const annaIn = await first.call('operator.signIn', { name: 'Anna', pin: testPin });
    await second.call('operator.session', {});
    const samIn = await second.call('operator.signIn', { name: 'Sam', pin: testPin });
    const firstSession = await first.call('operator.session', {});
    const secondSession = await second.call('operator.session', {});
    await first.call('operator.signOut', {});
    const secondAfterSignOut = await second.call('operator.session', {});

    expect(annaIn.body.value.name).toBe('Anna');
    expect(samIn.body.value.name).toBe('Sam');
    expect(first.cookie).not.toBe(second.cookie);
    expect(firstSession.body.value.operator.name).toBe('Anna');
    expect(secondSession.body.value.operator.name).toBe('Sam');
    expect(secondAfterSignOut.body.value.operator.name).toBe('Sam');
  });

  it('issues an HttpOnly strict cookie', async () => {
    const { server } = await start();
    const browser = new Browser(server, server.token);

    const reply = await browser.call('operator.session', {});

    expect(String(reply.response.headers['set-cookie'])).toMatch(new RegExp(`^packtrace_session_${server.port}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
  });

  it('renews the session id at sign-in', async () => {
    const { server } = await start();
    const browser = new Browser(server, server.token);
    await browser.call('operator.session', {});
    const beforeSignIn = browser.cookie;

    await browser.call('operator.signIn', { name: 'Anna', pin: testPin });
    const stale = new Browser(server, server.token);
    stale.cookie = beforeSignIn;
    const staleSession = await stale.call('operator.session', {});
    const ownSession = await browser.call('operator.session', {});

    expect(browser.cookie).not.toBe(beforeSignIn);
    expect(staleSession.body.value.operator).toBeNull();
    expect(ownSession.body.value.operator.name).toBe('Anna');
  });

  it('needs an operator on every browser', async () => {
    const { server } = await start();
    const signedIn = new Browser(server, server.token);
    const other = new Browser(server, server.token);
    await signedIn.call('operator.signIn', { name: 'Anna', pin: testPin });

    const allowed = await signedIn.call('shipments.list', {});
    const refused = await other.call('shipments.list', {});

    expect(allowed.body.ok).toBe(true);
    expect(refused.body.error.code).toBe('operator-not-signed-in');
  });

  it('uses loopback without pairing by default', async () => {
    const { server } = await start();

    expect(server.lanMode).toBe(false);
    expect(server.pairingCode).toBeNull();
    expect(server.url).toContain('?token=');
  });

  it('requires pairing in LAN mode', async () => {
    const { server } = await start({ forceLanMode: true, pairingCode: 'ABCD-EFGH' });
    const browser = new Browser(server, '');

    const noToken = await browser.call('operator.session', {});
    const tokenOnly = await new Browser(server, server.token).call('operator.session', {});
    const wrongCode = await browser.pair('ABCD-EFGX');
    const paired = await browser.pair(' abcd efgh ');
    browser.token = paired.body.value.token;
    const session = await browser.call('operator.session', {});
    const beforeSignIn = await browser.call('shipments.list', {});
    await browser.call('operator.signIn', { name: 'Anna', pin: testPin });
    const afterSignIn = await browser.call('shipments.list', {});

    expect(server.lanMode).toBe(true);
    expect(server.url).not.toContain('token');
    expect([noToken.status, noToken.body.error.code]).toEqual([401, 'pairing-required']);
    expect([tokenOnly.status, tokenOnly.body.error.code]).toEqual([403, 'pairing-required']);
    expect([wrongCode.status, wrongCode.body.error.code]).toEqual([401, 'pairing-code-invalid']);
    expect(paired.status).toBe(200);
    expect(paired.body.value.token).toBe(server.token);
    expect(session.body.ok).toBe(true);
    expect(beforeSignIn.body.error.code).toBe('operator-not-signed-in');
    expect(afterSignIn.body.ok).toBe(true);
  });

  it('opens the socket only when paired', async () => {
    const { server } = await start({ forceLanMode: true, pairingCode: 'ABCD-EFGH' });
    const browser = new Browser(server, '');
    const connect = (cookie: string | null): Promise<string> =>
      new Promise((resolvePromise) => {
        const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${encodeURIComponent(server.token)}`, {
          headers: cookie === null ? {} : { Cookie: cookie },
        });
        socket.on('message', () => {
          socket.close();
          resolvePromise('open');
        });
        socket.on('unexpected-response', (_request, response) => resolvePromise(String(response.statusCode)));
        socket.on('error', () => resolvePromise('error'));
      });

    const unpaired = await connect(null);
    await browser.pair('ABCD-EFGH');
    const paired = await connect(browser.cookie);

    expect(unpaired).toBe('403');
    expect(paired).toBe('open');
  });

  it('accepts only the LAN host header', async () => {
    const { server } = await start({ forceLanMode: true });
    const response = await sendRaw(server.port, { path: '/', headers: { Host: `evil.example:${server.port}` } });

    expect(response.status).toBe(403);
  });

  it('rate-limits wrong pairing codes', async () => {
    const { server } = await start({ forceLanMode: true, pairingCode: 'ABCD-EFGH', attemptLimits: { maxFailures: 3, windowMs: 60_000 } });
    const browser = new Browser(server, '');

    const wrong = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      wrong.push((await browser.pair('ZZZZ-ZZZZ')).status);
    }
    const rightButBlocked = await browser.pair('ABCD-EFGH');

    expect(wrong).toEqual([401, 401, 401]);
    expect(rightButBlocked.status).toBe(429);
    expect(rightButBlocked.body.error).toMatchObject({ code: 'too-many-attempts' });
  });

  it('rate-limits wrong PINs per address', async () => {
    const { server } = await start({ attemptLimits: { maxFailures: 3, windowMs: 60_000 } });
    const browser = new Browser(server, server.token);

    const guesses = [];
    for (const [name, pin] of [['Anna', '0000'], ['Sam', '0000'], ['Anna', '1111']]) {
      guesses.push((await browser.call('operator.signIn', { name, pin })).body.error.code);
    }
    const blocked = await new Browser(server, server.token).call('operator.signIn', { name: 'Sam', pin: testPin });
    const otherChannel = await browser.call('operator.session', {});

    expect(guesses).toEqual(['credentials-invalid', 'credentials-invalid', 'credentials-invalid']);
    expect(blocked.status).toBe(429);
    expect(blocked.response.headers['retry-after']).toBe('60');
    expect(otherChannel.status).toBe(200);
  });
});
