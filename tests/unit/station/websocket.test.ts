import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { publishDeviceEvent } from '../../../main/devices/device-event-bus';
import { createStationSockets, type StationSockets } from '../../../main/station/websocket';

const token = 'launch-token-for-websocket-test';

interface Running {
  readonly server: Server;
  readonly sockets: StationSockets;
  readonly port: number;
}

async function startSockets(): Promise<Running> {
  const sockets = createStationSockets(token);
  const server = createServer();
  server.on('upgrade', (request, socket, head) => sockets.handleUpgrade(request, socket, head, new URL(request.url ?? '/', 'http://127.0.0.1')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, sockets, port: (server.address() as AddressInfo).port };
}

/** Connects and collects messages until `count` have arrived. */
function receive(port: number, count: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const messages: unknown[] = [];
    const client = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`);
    client.on('message', (data) => {
      messages.push(JSON.parse(String(data)));
      if (messages.length === count) {
        client.close();
        resolve(messages);
      }
    });
    client.on('error', reject);
  });
}

describe('station sockets device events', () => {
  let running: Running | null = null;

  afterEach(async () => {
    if (running !== null) {
      await running.sockets.close();
      await new Promise((resolve) => running?.server.close(resolve));
      running = null;
    }
  });

  it('pushes a HID scan to a connected page', async () => {
    running = await startSockets();
    const received = receive(running.port, 2);
    await new Promise((resolve) => setTimeout(resolve, 100));

    publishDeviceEvent({ type: 'device.scan', scanner: 'Left', raw: ']C0SN000451', gestureId: 'hid:s:Left:1' });

    expect(await received).toEqual([{ type: 'hello' }, { type: 'device.scan', scanner: 'Left', raw: ']C0SN000451', gestureId: 'hid:s:Left:1' }]);
  });

  it('replays recent scans to a late page', async () => {
    running = await startSockets();
    publishDeviceEvent({ type: 'device.scan', scanner: 'Left', raw: ']C0SN000452', gestureId: 'hid:s:Left:2' });
    publishDeviceEvent({ type: 'scale.reading', scale: 'Scale', reading: { status: 'stable', grams: 10, unit: 'g' } });

    const received = await receive(running.port, 2);

    expect(received[1]).toMatchObject({ type: 'device.scan', gestureId: 'hid:s:Left:2' });
  });
});
