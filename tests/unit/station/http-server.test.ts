import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { listenStation, type StationServer } from '../../../main/station/http-server';
import { useTempDir } from '../../support/temp-dir';
import { createRecordingServices, type ReceivedCall } from './fake-services';
import { sendRaw } from './http-client';

describe('listenStation', () => {
  const tempDir = useTempDir('packtrace-station-');
  let station: StationServer;
  let calls: ReceivedCall[];
  let rendererDir: string;
  let secretFile: string;

  beforeEach(async () => {
    const root = tempDir();
    rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Packtrace</title>');
    writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1);');
    secretFile = join(root, 'secret.txt');
    writeFileSync(secretFile, 'outside the renderer folder');

    const recording = createRecordingServices();
    calls = recording.calls;
    station = await listenStation({ createSessionServices: () => recording.services, rendererDir });
  });

  afterEach(async () => {
    await station.close();
  });

  function hostHeaders(extra: Record<string, string> = {}): Record<string, string> {
    return { Host: `127.0.0.1:${station.port}`, ...extra };
  }

  function apiHeaders(extra: Record<string, string> = {}): Record<string, string> {
    return hostHeaders({ 'Content-Type': 'application/json', 'x-packtrace-token': station.token, ...extra });
  }

  describe('address and token', () => {
    it('listens on loopback with a token URL', () => {
      expect(station.origin).toBe(`http://127.0.0.1:${station.port}`);
      expect(station.port).toBeGreaterThan(0);
      expect(station.url).toBe(`${station.origin}/?token=${station.token}`);
      expect(station.token.length).toBeGreaterThanOrEqual(40);
    });

    it('creates a different token per launch', async () => {
      const other = await listenStation({ createSessionServices: () => createRecordingServices().services, rendererDir });
      try {
        expect(other.token).not.toBe(station.token);
        expect(other.port).not.toBe(station.port);
      } finally {
        await other.close();
      }
    });
  });

  describe('static files', () => {
    it('serves index.html with a CSP', async () => {
      const response = await sendRaw(station.port, { path: '/?token=abc', headers: hostHeaders() });

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('<title>Packtrace</title>');
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain(`ws://127.0.0.1:${station.port}`);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    });

    it('serves scripts as JavaScript', async () => {
      const response = await sendRaw(station.port, { path: '/assets/index-abc.js', headers: hostHeaders() });

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.body).toBe('console.log(1);');
    });

    it('returns 404 for a missing asset', async () => {
      const response = await sendRaw(station.port, { path: '/assets/missing.js', headers: hostHeaders() });

      expect(response.status).toBe(404);
    });

    it.each([
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
    ])('rejects traversal path %s', async (path) => {
      const response = await sendRaw(station.port, { path, headers: hostHeaders() });

      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain('outside the renderer folder');
    });

    it('rejects POST to a file', async () => {
      const response = await sendRaw(station.port, { method: 'POST', path: '/index.html', headers: hostHeaders() });

      expect(response.status).toBe(405);
    });
  });

  describe('host and origin checks', () => {
    it('rejects a foreign Host header', async () => {
      const response = await sendRaw(station.port, { path: '/', headers: { Host: `rebound.example:${station.port}` } });

      expect(response.status).toBe(403);
    });

    it('rejects a foreign Origin with token', async () => {
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/station.info',
        headers: apiHeaders({ Origin: 'http://evil.example' }),
        body: '{}',
      });

      expect(response.status).toBe(403);
      expect(JSON.parse(response.body).error.code).toBe('forbidden');
      expect(calls).toEqual([]);
    });

    it('rejects a different port as Origin', async () => {
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/station.info',
        headers: apiHeaders({ Origin: `http://127.0.0.1:${station.port + 1}` }),
        body: '{}',
      });

      expect(response.status).toBe(403);
    });

    it('accepts its own Origin', async () => {
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/station.info',
        headers: apiHeaders({ Origin: station.origin }),
        body: '{}',
      });

      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toEqual({ ok: true, value: { echoed: {} } });
    });
  });

  describe('API', () => {
    it('rejects a call without token', async () => {
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/station.info',
        headers: hostHeaders({ 'Content-Type': 'application/json' }),
        body: '{}',
      });

      expect(response.status).toBe(401);
      expect(JSON.parse(response.body).error.code).toBe('unauthorized');
      expect(calls).toEqual([]);
    });

    it('rejects a call with a wrong token', async () => {
      const wrongToken = `${station.token.slice(0, -1)}${station.token.endsWith('A') ? 'B' : 'A'}`;
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/station.info',
        headers: apiHeaders({ 'x-packtrace-token': wrongToken }),
        body: '{}',
      });

      expect(response.status).toBe(401);
      expect(calls).toEqual([]);
    });

    it('dispatches a valid call', async () => {
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/shipments.open',
        headers: apiHeaders(),
        body: JSON.stringify({ reference: '  ORD-1001  ' }),
      });

      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(JSON.parse(response.body)).toEqual({ ok: true, value: { echoed: { reference: 'ORD-1001' } } });
      expect(calls).toEqual([{ channel: 'shipments.open', request: { reference: 'ORD-1001' } }]);
    });

    it('returns invalid-request for a bad payload', async () => {
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/shipments.open',
        headers: apiHeaders(),
        body: JSON.stringify({ reference: 42 }),
      });

      expect(response.status).toBe(200);
      const result = JSON.parse(response.body);
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('invalid-request');
      expect(calls).toEqual([]);
    });

    it('returns 400 for invalid JSON', async () => {
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/shipments.open',
        headers: apiHeaders(),
        body: '{"reference": ',
      });

      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).error.code).toBe('invalid-request');
      expect(calls).toEqual([]);
    });

    it('returns 404 for an unknown channel', async () => {
      const response = await sendRaw(station.port, { method: 'POST', path: '/api/toString', headers: apiHeaders(), body: '{}' });

      expect(response.status).toBe(404);
      expect(JSON.parse(response.body).error.code).toBe('invalid-request');
    });

    it('returns 405 for GET', async () => {
      const response = await sendRaw(station.port, { path: '/api/station.info', headers: apiHeaders() });

      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('POST');
    });

    it('returns 415 for a form body', async () => {
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/station.info',
        headers: apiHeaders({ 'Content-Type': 'application/x-www-form-urlencoded' }),
        body: 'a=1',
      });

      expect(response.status).toBe(415);
      expect(calls).toEqual([]);
    });

    it('returns 413 over the default limit', async () => {
      const body = JSON.stringify({ reference: 'x'.repeat(2 * 1024 * 1024) });
      const response = await sendRaw(station.port, { method: 'POST', path: '/api/shipments.open', headers: apiHeaders(), body });

      expect(response.status).toBe(413);
      expect(JSON.parse(response.body).error.code).toBe('request-too-large');
      expect(calls).toEqual([]);
    });

    it('returns 413 for a chunked body over the limit', async () => {
      const body = JSON.stringify({ reference: 'x'.repeat(2 * 1024 * 1024) });
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/shipments.open',
        headers: apiHeaders({ 'Transfer-Encoding': 'chunked' }),
        body,
      });

      expect(response.status).toBe(413);
      expect(calls).toEqual([]);
    });

    it('accepts an import over the default limit', async () => {
      const contentBase64 = Buffer.alloc(3 * 1024 * 1024, 7).toString('base64');
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/imports.file',
        headers: apiHeaders(),
        body: JSON.stringify({ fileName: 'orders.json', contentBase64 }),
      });

      expect(response.status).toBe(200);
      expect(calls.map((call) => call.channel)).toEqual(['imports.file']);
    });

    it('accepts a return photo over the default limit', async () => {
      const dataBase64 = Buffer.alloc(5 * 1024 * 1024, 7).toString('base64');
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/returns.attachPhoto',
        headers: apiHeaders(),
        body: JSON.stringify({ returnId: 1, source: 'file', mediaType: 'image/png', dataBase64 }),
      });

      expect(response.status).toBe(200);
      expect(calls.map((call) => call.channel)).toEqual(['returns.attachPhoto']);
    });
  });

  describe('WebSocket', () => {
    function connect(path: string, headers: Record<string, string> = {}): Promise<{ hello?: unknown; status?: number }> {
      return new Promise((resolvePromise, rejectPromise) => {
        const client = new WebSocket(`ws://127.0.0.1:${station.port}${path}`, { headers });
        client.once('message', (data) => {
          client.close();
          resolvePromise({ hello: JSON.parse(String(data)) });
        });
        client.once('unexpected-response', (_request, response) => {
          resolvePromise({ status: response.statusCode });
          client.terminate();
        });
        client.once('error', rejectPromise);
      });
    }

    it('sends hello with the token', async () => {
      const result = await connect(`/ws?token=${encodeURIComponent(station.token)}`, { Origin: station.origin });

      expect(result.hello).toEqual({ type: 'hello' });
    });

    it('rejects an upgrade without token', async () => {
      const result = await connect('/ws', { Origin: station.origin });

      expect(result.status).toBe(401);
    });

    it('rejects an upgrade from a foreign origin', async () => {
      const result = await connect(`/ws?token=${encodeURIComponent(station.token)}`, { Origin: 'http://evil.example' });

      expect(result.status).toBe(403);
    });

    it('rejects an upgrade on another path', async () => {
      const result = await connect(`/socket?token=${encodeURIComponent(station.token)}`);

      expect(result.status).toBe(404);
    });
  });
});
