import { describe, expect, it } from 'vitest';
import { createPrintingServices } from '../../../../main/api/services/printing-services';
import { createStationSession } from '../../../../main/api/services/service-support';
import type { StationContext } from '../../../../main/api/station-context';
import { claimNextPrintJob, recordSendOutcome } from '../../../../main/printing/print-jobs';
import { listAllEvents } from '../../../../main/store/events';
import { openTestStore } from '../../../support/test-store';
import { useTempDir } from '../../../support/temp-dir';
import { queue, saveProfile, stationId, zplLabel } from '../../printing/print-support';

describe('printing services', () => {
  const tempDir = useTempDir();

  function setUp(signedIn: boolean) {
    const dir = tempDir();
    const db = openTestStore(dir);
    const operatorId = Number(db.prepare('INSERT INTO operators (name, created_at) VALUES (?, ?)').run('Ola', '2026-01-01T00:00:00Z').lastInsertRowid);
    const context = { db, stationId, dataDir: dir, labelsDir: dir, transport: 'browser', appVersion: 'test' } as StationContext;
    const session = createStationSession();
    if (signedIn) {
      session.operator = { operatorId, name: 'Ola', role: 'supervisor' };
    }
    return { db, operatorId, services: createPrintingServices(context, session) };
  }

  it('lists jobs and saves profiles', async () => {
    const { db, services } = setUp(true);
    const saved = await services['printing.saveProfile']({
      labelKind: 'fnsku',
      printerName: 'GK420d',
      driver: 'cups',
      target: 'zebra',
      format: 'zpl',
      mediaWidthMm: 57.15,
      mediaHeightMm: 31.75,
      dpi: 203,
    });
    saveProfile(db, 'raw-tcp', '127.0.0.1:9100');
    queue(db, zplLabel('svc-1', 'one'));

    const jobs = await services['printing.jobs']({});
    const profiles = await services['printing.profiles']({});

    expect(saved.ok).toBe(true);
    expect(jobs.ok && jobs.value.map((job) => [job.title, job.status])).toEqual([['Label svc-1', 'queued']]);
    expect(profiles.ok && profiles.value.map((profile) => profile.labelKind)).toEqual(['carton', 'fnsku']);
    db.close();
  });

  it('records the operator on reprint', async () => {
    const { db, operatorId, services } = setUp(true);
    saveProfile(db, 'raw-tcp', '127.0.0.1:9100');
    const job = queue(db, zplLabel('svc-2', 'two'));
    claimNextPrintJob(db, stationId);
    recordSendOutcome(db, job.id, { kind: 'sent', spoolerJobId: null });

    const reprint = await services['printing.reprint']({ jobId: job.id, reason: 'Smudged', requestKey: 'reprint-svc-2' });
    const repeated = await services['printing.reprint']({ jobId: job.id, reason: 'Smudged', requestKey: 'reprint-svc-2' });

    expect(reprint.ok && reprint.value.reprintOf).toBe(job.id);
    expect(repeated.ok && repeated.value.id).toBe(reprint.ok ? reprint.value.id : -1);
    const events = listAllEvents(db).filter((event) => event.type === 'print-job-reprinted');
    expect(events.map((event) => event.operatorId)).toEqual([operatorId]);
    db.close();
  });

  it('requires sign-in to void', async () => {
    const { db, services } = setUp(false);
    saveProfile(db, 'raw-tcp', '127.0.0.1:9100');
    const job = queue(db, zplLabel('svc-3', 'three'));

    const voided = await services['printing.void']({ jobId: job.id, reason: 'Wrong', requestKey: 'void-svc-3' });

    expect(voided.ok ? 'voided' : voided.error.code).toBe('operator-not-signed-in');
    db.close();
  });

  it('translates queue errors', async () => {
    const { db, services } = setUp(true);

    const missing = await services['printing.confirm']({ jobId: 99, reason: 'Seen', requestKey: 'confirm-svc-99' });

    expect(missing).toEqual({ ok: false, error: { code: 'print-job-not-found', message: { key: 'printing:error.print-job-not-found', params: { code: 'print-job-not-found', jobId: 99 } } } });
    db.close();
  });
});
