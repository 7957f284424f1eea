import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyEventChain } from '../../../main/store/event-chain';
import { buildChildScript } from '../../support/build-child-script';
import { startNodeChild } from '../../support/child-process';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';

// Enough scans that the child is still packing when the kill arrives, even on a fast disk.
const serialCount = 400;
const killAfterAcknowledgements = 7;

describe('killed station', () => {
  const tempDir = useTempDir();
  let childScript = '';

  beforeAll(async () => {
    childScript = await buildChildScript('pack-child.ts', join(tempDir(), 'bundle'));
  }, 60_000);

  it('keeps every acknowledged scan once', async () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: serialCount }]);
    fixture.db.close();
    const serials = Array.from({ length: serialCount }, (_, index) => `SN${String(100000 + index)}`);

    const child = startNodeChild(childScript, [join(dir, 'packtrace.sqlite'), String(shipmentId), 'crash', ...serials], { PACKTRACE_LOG_LEVEL: 'error' });
    await child.waitForLine((line) => line.startsWith(`ACK ${killAfterAcknowledgements - 1} `));
    child.process.kill('SIGKILL');
    const exit = await child.exited;

    expect(exit.signal).toBe('SIGKILL');
    const acknowledged = child.lines.filter((line) => line.startsWith('ACK ')).map((line) => Number(line.split(' ')[1]));
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfterAcknowledgements);
    expect(acknowledged.length).toBeLessThan(serialCount);

    const db = openTestStore(dir);
    for (const index of acknowledged) {
      const serial = serials[index] ?? '';
      const units = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM units WHERE serial = ?').get(serial);
      const events = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM events WHERE type = 'unit-packed' AND idempotency_key = ?").get(`crash-${index}`);
      const gestures = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM scan_gestures WHERE gesture_id = ?').get(`crash-${index}`);
      expect(units?.n, serial).toBe(1);
      expect(events?.n, serial).toBe(1);
      expect(gestures?.n, serial).toBe(1);
    }
    const packed = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM units WHERE status = 'packed'").get()?.n ?? 0;
    const line = db.prepare<[], { quantity_packed: number }>('SELECT quantity_packed FROM shipment_lines').get();
    expect(line?.quantity_packed).toBe(packed);
    expect(verifyEventChain(db).ok).toBe(true);
    db.close();
  }, 60_000);
});
