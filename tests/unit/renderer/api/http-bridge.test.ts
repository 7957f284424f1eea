import { describe, expect, it } from 'vitest';
import { callStation, createHttpBridge } from '../../../../renderer/src/api/http-bridge';

interface Recorded {
  readonly input: string;
  readonly init: RequestInit;
}

function fakeFetch(status: number, body: string, calls: Recorded[]): (input: string, init: RequestInit) => Promise<Response> {
  return async (input, init) => {
    calls.push({ input, init });
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  };
}

describe('callStation', () => {
  it('posts JSON with the token header', async () => {
    const calls: Recorded[] = [];
    const fetchFunction = fakeFetch(200, JSON.stringify({ ok: true, value: [] }), calls);

    const result = await callStation(fetchFunction, 'tok', 'shipments.list', {});

    expect(result).toEqual({ ok: true, value: [] });
    expect(calls[0]?.input).toBe('/api/shipments.list');
    expect(calls[0]?.init.method).toBe('POST');
    expect((calls[0]?.init.headers as Record<string, string>)['x-packtrace-token']).toBe('tok');
    expect(calls[0]?.init.body).toBe('{}');
  });

  it('returns the envelope of a 401', async () => {
    const failure = { ok: false, error: { code: 'unauthorized', message: { key: 'common:errors.unauthorized', params: {} } } };
    const fetchFunction = fakeFetch(401, JSON.stringify(failure), []);

    const result = await callStation(fetchFunction, null, 'station.info', {});

    expect(result).toEqual(failure);
  });

  it('reports an unreachable station', async () => {
    const result = await callStation(async () => Promise.reject(new TypeError('Failed to fetch')), 'tok', 'station.info', {});

    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe('transport-failed');
    expect(result.ok ? null : result.error.message.key).toBe('common:errors.stationUnreachable');
  });

  it('reports a body that is no envelope', async () => {
    const result = await callStation(fakeFetch(502, '<html>bad gateway</html>', []), 'tok', 'station.info', {});

    expect(result.ok ? null : result.error.message).toEqual({
      key: 'common:errors.badResponse',
      params: { channel: 'station.info', status: 502 },
    });
  });
});

describe('createHttpBridge', () => {
  it('routes each function to its channel', async () => {
    const calls: Recorded[] = [];
    const bridge = createHttpBridge(fakeFetch(200, JSON.stringify({ ok: true, value: { printed: true } }), calls), 'tok');

    await bridge['labels.printCarton']({ cartonId: 7 });

    expect(calls[0]?.input).toBe('/api/labels.printCarton');
    expect(calls[0]?.init.body).toBe('{"cartonId":7}');
  });
});
