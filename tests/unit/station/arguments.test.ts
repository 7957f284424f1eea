import { describe, expect, it } from 'vitest';
import { parseStationArguments } from '../../../main/station/arguments';

describe('parseStationArguments', () => {
  it('defaults to an OS-chosen port', () => {
    expect(parseStationArguments([])).toEqual({ ok: true, value: { port: 0, host: '127.0.0.1', dataDir: null, help: false } });
  });

  it('reads flags in either order', () => {
    const expected = { ok: true, value: { port: 4310, host: '127.0.0.1', dataDir: '/tmp/station a', help: false } };

    expect(parseStationArguments(['--data-dir', '/tmp/station a', '--port', '4310'])).toEqual(expected);
    expect(parseStationArguments(['--port', '4310', '--data-dir', '/tmp/station a'])).toEqual(expected);
    expect(parseStationArguments(['--port=4310', '--data-dir=/tmp/station a'])).toEqual(expected);
  });

  it('reads a LAN host address', () => {
    const result = parseStationArguments(['--host', '192.168.1.20', '--port', '4310']);

    expect(result).toEqual({ ok: true, value: { port: 4310, host: '192.168.1.20', dataDir: null, help: false } });
  });

  it('reads the help flag', () => {
    const result = parseStationArguments(['--help']);

    expect(result.ok).toBe(true);
    expect(result.ok ? result.value.help : null).toBe(true);
  });

  it.each([
    [['--port'], '--port needs a value'],
    [['--port', '--data-dir', 'x'], '--port needs a value'],
    [['--data-dir='], '--data-dir needs a value'],
    [['--port', '70000'], 'invalid port "70000"'],
    [['--port', '-1'], 'invalid port "-1"'],
    [['--port', '80a'], 'invalid port "80a"'],
    [['--host', '0.0.0.0'], 'invalid host "0.0.0.0"'],
    [['--host', 'bench-1.local'], 'invalid host "bench-1.local"'],
    [['--host', '192.168.1.300'], 'invalid host "192.168.1.300"'],
    [['--bind', '192.168.1.20'], 'unknown argument "--bind"'],
  ])('rejects %j', (argv, detail) => {
    const result = parseStationArguments(argv);

    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.detail).toContain(detail);
  });
});
