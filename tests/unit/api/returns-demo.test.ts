import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/api/create-services';
import { dispatch } from '../../../main/api/dispatch';
import type { StationContext } from '../../../main/api/station-context';
import { returnsDemo } from '../../../main/returns/returns-demo';
import { ensureStation } from '../../../main/store/station';
import { signInTestOperator } from '../../support/operators';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

type CallOutcome = { ok: boolean; value?: any; error?: any };

describe('returns.loadDemo', () => {
  const tempDir = useTempDir();

  it('seeds the three demo cases', async () => {
    const dir = tempDir();
    const db = openTestStore(dir);
    const context: StationContext = { db, stationId: ensureStation(db).id, dataDir: dir, labelsDir: join(dir, 'labels'), transport: 'browser', appVersion: '0.1.0-test' };
    const services = createServices(context);
    await signInTestOperator(services, db, 'Ada', 'admin');
    const call = async (channel: string, payload: unknown): Promise<CallOutcome> => (await dispatch(services, channel, payload)) as CallOutcome;

    expect((await call('returns.loadDemo', {})).value).toEqual({ unitsShipped: 3, returnsCreated: 3 });
    expect((await call('returns.loadDemo', {})).value).toEqual({ unitsShipped: 0, returnsCreated: 0 });

    const normal = (await call('returns.find', { text: returnsDemo.normalRma })).value.matches[0];
    const swap = (await call('returns.find', { text: returnsDemo.swapRma })).value.matches[0];
    const amazon = (await call('returns.find', { text: returnsDemo.amazonLicensePlate })).value.matches[0];
    expect(amazon).toMatchObject({ referenceKind: 'amazon-return', status: 'awaiting-intake' });

    const clean = await call('returns.intakeUnit', { returnId: normal.returnId, raw: returnsDemo.normalSerial, gestureId: 'demo-gesture-1' });
    const swapped = await call('returns.intakeUnit', { returnId: swap.returnId, raw: returnsDemo.swappedSerial, gestureId: 'demo-gesture-2' });
    const unknown = await call('returns.intakeUnit', { returnId: null, raw: returnsDemo.neverShippedSerial, gestureId: 'demo-gesture-3' });
    const again = await call('returns.intakeUnit', { returnId: null, raw: returnsDemo.normalSerial, gestureId: 'demo-gesture-4' });

    expect(clean.value.check.outcome).toBe('accept');
    expect(swapped.value.check.flags.map((flag: { code: string }) => flag.code)).toEqual(['other-order', 'other-serial']);
    expect(unknown.value.check.refusal.code).toBe('serial-unknown');
    expect(again.value.check.refusal.code).toBe('unit-already-returned');
    expect(db.prepare("SELECT status FROM shipments WHERE reference = 'DEMO-1001'").get()).toEqual({ status: 'open' });
    db.close();
  });
});
