import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for the parts of Electron's main-process API that window.ts, ipc.ts and
// app-protocol.ts call, so their handlers can be driven under plain Node.
const electron = vi.hoisted(() => {
  const state = {
    app: null as unknown as EventEmitter,
    permissionRequestHandler: null as null | ((...args: never[]) => void),
    permissionCheckHandler: null as null | ((...args: never[]) => boolean),
    devicePermissionHandler: null as null | ((...args: never[]) => boolean),
    ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  electron.app = new Emitter();
  return {
    app: electron.app,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: never) => {
          electron.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (handler: never) => {
          electron.permissionCheckHandler = handler;
        },
        setDevicePermissionHandler: (handler: never) => {
          electron.devicePermissionHandler = handler;
        },
        webRequest: { onHeadersReceived: () => undefined },
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => {
        electron.ipcHandlers.set(channel, handler);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: () => undefined,
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        electron.protocolHandler = handler;
      },
    },
    BrowserWindow: class {},
  };
});

const { installPermissionPolicy, lockDownWebContents } = await import('../../../main/shell/window');
const { registerIpcHandlers } = await import('../../../main/shell/ipc');
const { serveAppScheme } = await import('../../../main/shell/app-protocol');
const { appEntryUrl, trustedPageOrigins } = await import('../../../main/shell/app-origin');

/** A webContents that records what the lock-down did to each event. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function preventable(): { prevented: boolean; preventDefault(): void } {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('lockDownWebContents', () => {
  const contents = new FakeWebContents();

  beforeEach(() => {
    electron.app.removeAllListeners();
    contents.removeAllListeners();
    lockDownWebContents();
    electron.app.emit('web-contents-created', {}, contents);
  });

  it.each(['will-navigate', 'will-redirect'])('prevents %s to any URL', (eventName) => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', `${appEntryUrl}#/pack`]) {
      const event = preventable();
      contents.emit(eventName, event, url);
      expect(event.prevented).toBe(true);
    }
  });

  it('denies every new window', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: appEntryUrl })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const event = preventable();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.prevented).toBe(true);
  });
});

describe('installPermissionPolicy', () => {
  beforeEach(() => {
    installPermissionPolicy(trustedPageOrigins(undefined));
  });

  function request(permission: string, details: Record<string, unknown>): boolean {
    let granted: boolean | null = null;
    const handler = electron.permissionRequestHandler as unknown as (...args: unknown[]) => void;
    handler({}, permission, (answer: boolean) => (granted = answer), details);
    if (granted === null) {
      throw new Error('the permission handler did not answer');
    }
    return granted;
  }

  it('grants the camera request on the returns screen', () => {
    expect(request('media', { requestingUrl: `${appEntryUrl}#/returns`, isMainFrame: true, mediaTypes: ['video'] })).toBe(true);
  });

  it('denies the camera request elsewhere', () => {
    expect(request('media', { requestingUrl: `${appEntryUrl}#/pack`, isMainFrame: true, mediaTypes: ['video'] })).toBe(false);
  });

  it('denies notifications and the microphone', () => {
    expect(request('notifications', { requestingUrl: `${appEntryUrl}#/returns`, isMainFrame: true })).toBe(false);
    expect(request('media', { requestingUrl: `${appEntryUrl}#/returns`, isMainFrame: true, mediaTypes: ['audio'] })).toBe(false);
  });

  it('answers permission checks the same way', () => {
    const check = electron.permissionCheckHandler as unknown as (...args: unknown[]) => boolean;
    const returns = { requestingUrl: `${appEntryUrl}#/returns`, isMainFrame: true, mediaType: 'video' };

    expect(check({}, 'media', 'packtrace://app', returns)).toBe(true);
    expect(check({}, 'media', 'packtrace://app', { ...returns, mediaType: 'audio' })).toBe(false);
    expect(check({}, 'hid', 'packtrace://app', { requestingUrl: appEntryUrl, isMainFrame: true })).toBe(false);
  });

  it('denies HID, serial and USB devices', () => {
    const device = electron.devicePermissionHandler as unknown as (...args: unknown[]) => boolean;
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(device({ deviceType, origin: 'packtrace://app' })).toBe(false);
    }
  });
});

describe('registerIpcHandlers', () => {
  const calls: unknown[] = [];
  const mainWindow = { isDestroyed: () => false, webContents: { id: 7 } };

  beforeEach(() => {
    calls.length = 0;
    const services = new Proxy({}, { get: () => (request: unknown) => (calls.push(request), { ok: true, value: {} }) });
    registerIpcHandlers(services as never, ['units.lookup'], () => mainWindow as never, trustedPageOrigins(undefined));
  });

  function invoke(senderId: number, frameUrl: string, payload: unknown): Promise<unknown> {
    const handler = electron.ipcHandlers.get('units.lookup');
    if (handler === undefined) {
      throw new Error('units.lookup has no handler');
    }
    return handler({ sender: { id: senderId }, senderFrame: { url: frameUrl, parent: null } }, payload);
  }

  it('rejects a message from another window', async () => {
    await expect(invoke(8, appEntryUrl, { serial: 'SN1' })).rejects.toThrow(/rejected/);
    expect(calls).toEqual([]);
  });

  it('rejects a message from another origin', async () => {
    await expect(invoke(7, 'https://evil.example/', { serial: 'SN1' })).rejects.toThrow(/rejected/);
    expect(calls).toEqual([]);
  });

  it('parses the payload before the service', async () => {
    const reply = await invoke(7, appEntryUrl, { serial: '', extra: { $where: 1 } });

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('passes a valid payload to the service', async () => {
    await invoke(7, appEntryUrl, { serial: 'SN1' });
    expect(calls).toEqual([{ serial: 'SN1' }]);
  });
});

describe('serveAppScheme', () => {
  it('sends the strict CSP with every page', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const rendererDir = mkdtempSync(join(tmpdir(), 'packtrace-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    serveAppScheme(rendererDir);

    const response = await (electron.protocolHandler as (request: Request) => Promise<Response>)(new Request(appEntryUrl));
    const csp = response.headers.get('Content-Security-Policy') ?? '';

    expect(response.status).toBe(200);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("default-src 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('serves nothing outside the renderer folder', async () => {
    const handler = electron.protocolHandler as (request: Request) => Promise<Response>;
    // The URL parser folds `..` away before the handler sees the path, so these fall back to
    // index.html or 404 inside the folder; none may return the file outside it.
    for (const url of ['packtrace://app/%2e%2e/%2e%2e/etc/passwd', 'packtrace://app/..%2f..%2fetc%2fpasswd', 'packtrace://app/%5c..%5cetc%5cpasswd.txt']) {
      const response = await handler(new Request(url));
      const body = await response.text();
      expect(body, url).not.toContain('root:');
      expect([200, 400, 404], url).toContain(response.status);
    }
  });

  it('answers 404 for another host', async () => {
    const response = await (electron.protocolHandler as (request: Request) => Promise<Response>)(new Request('packtrace://other/index.html'));
    expect(response.status).toBe(404);
  });
});
