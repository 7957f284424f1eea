import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import type { StationContext } from '../../../../main/api/station-context';
import { ok } from '../../../../main/core/result';
import { claimNextPrintJob, listPrintJobs, readPrintJobPayload, recordSendOutcome } from '../../../../main/printing/print-jobs';
import { listAllEvents } from '../../../../main/store/events';
import { ensureStation } from '../../../../main/store/station';
import { createPackingFixture } from '../../../support/packing-fixture';
import { signInTestOperator } from '../../../support/operators';
import { useTempDir } from '../../../support/temp-dir';
import { saveProfile } from '../../printing/print-support';

async function call(services: ReturnType<typeof createServices>, channel: string, payload: unknown): Promise<{ ok: boolean; value?: any; error?: any }> {
  return (await dispatch(services, channel, payload)) as { ok: boolean; value?: any; error?: any };
}

describe('carton label print queue', () => {
  const tempDir = useTempDir();

  async function packOneCarton(withProfile: boolean, overrides: Partial<StationContext> = {}) {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const context: StationContext = {
      db: fixture.db,
      stationId: ensureStation(fixture.db).id,
      dataDir: dir,
      labelsDir: join(dir, 'labels'),
      transport: 'browser',
      appVersion: '0.1.0-test',
      ...overrides,
    };
    if (withProfile) {
      saveProfile(fixture.db, 'pdf-folder', join(dir, 'hot-folder'), { stationId: context.stationId });
    }
    const services = createServices(context);
    await signInTestOperator(services, context.db, 'Anna');
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    await call(services, 'pack.scan', { shipmentId, raw: 'SN000451', gestureId: 'gesture-0001', source: 'keyboard' });
    const cartonId = fixture.db.prepare<[], { id: number }>('SELECT id FROM cartons').get()?.id;
    return { context, services, shipmentId, cartonId };
  }

  it('queues the label on close', async () => {
    const { context, services, shipmentId } = await packOneCarton(true);

    const closed = await call(services, 'pack.closeCarton', { shipmentId, weightGrams: 900 });

    const jobs = listPrintJobs(context.db, context.stationId);
    expect(closed.ok).toBe(true);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.labelKind).toBe('carton');
    expect(jobs[0]?.format).toBe('zpl');
    expect(jobs[0]?.operatorId).not.toBeNull();
    expect(readPrintJobPayload(context.db, jobs[0]?.id ?? 0).toString('ascii')).toMatch(/^\^XA/);
  });

  it('queues nothing on close without profile', async () => {
    const { context, services, shipmentId } = await packOneCarton(false);

    const closed = await call(services, 'pack.closeCarton', { shipmentId, weightGrams: 900 });

    expect(closed.ok).toBe(true);
    expect(listPrintJobs(context.db, context.stationId)).toHaveLength(0);
  });

  it('rejects a second print without reason', async () => {
    const { context, services, shipmentId, cartonId } = await packOneCarton(true);
    await call(services, 'pack.closeCarton', { shipmentId, weightGrams: 900 });

    const again = await call(services, 'labels.printCarton', { cartonId });
    const blank = await call(services, 'labels.printCarton', { cartonId, reason: '   ' });

    expect(again.error).toMatchObject({ code: 'carton-label-already-printed', message: { key: 'printing:error.carton-label-already-printed', params: { cartonId } } });
    expect(blank.error?.code).toBe('carton-label-already-printed');
    expect(listPrintJobs(context.db, context.stationId)).toHaveLength(1);
  });

  it('reprints a sent label with reason', async () => {
    const { context, services, shipmentId, cartonId } = await packOneCarton(true);
    await call(services, 'pack.closeCarton', { shipmentId, weightGrams: 900 });
    const first = claimNextPrintJob(context.db, context.stationId);
    recordSendOutcome(context.db, first?.id ?? 0, { kind: 'sent', spoolerJobId: null });

    const reprinted = await call(services, 'labels.printCarton', { cartonId, reason: 'label torn' });

    const jobs = listPrintJobs(context.db, context.stationId);
    expect(reprinted.value).toEqual({ printed: true });
    expect(jobs).toHaveLength(2);
    expect(jobs[0]?.reprintOf).toBe(first?.id);
    expect(listAllEvents(context.db).some((event) => event.type === 'print-job-reprinted')).toBe(true);
  });

  it('rejects reprint while still queued', async () => {
    const { services, shipmentId, cartonId } = await packOneCarton(true);
    await call(services, 'pack.closeCarton', { shipmentId, weightGrams: 900 });

    const reprinted = await call(services, 'labels.printCarton', { cartonId, reason: 'label torn' });

    expect(reprinted.error).toMatchObject({ code: 'print-job-state-invalid', message: { params: { status: 'queued' } } });
  });

  it('queues the first print before close', async () => {
    const { context, services, cartonId } = await packOneCarton(true);

    const printed = await call(services, 'labels.printCarton', { cartonId });

    expect(printed.value).toEqual({ printed: true });
    expect(listPrintJobs(context.db, context.stationId)).toHaveLength(1);
  });

  it('prints directly without profile', async () => {
    const printedPaths: string[] = [];
    const { context, services, cartonId } = await packOneCarton(false, {
      printCartonLabel: (path) => {
        printedPaths.push(path);
        return Promise.resolve(ok(undefined));
      },
    });

    const printed = await call(services, 'labels.printCarton', { cartonId });

    expect(printed.value).toEqual({ printed: true });
    expect(printedPaths).toHaveLength(1);
    expect(listPrintJobs(context.db, context.stationId)).toHaveLength(0);
  });

  it('reports canPrint with a profile', async () => {
    const { services } = await packOneCarton(true);

    const info = await call(services, 'station.info', {});

    expect(info.value.canPrint).toBe(true);
  });
});
