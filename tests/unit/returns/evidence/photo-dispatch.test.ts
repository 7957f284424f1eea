import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import { createStationSession } from '../../../../main/api/services/service-support';
import type { StationContext } from '../../../../main/api/station-context';
import { useTempDir } from '../../../support/temp-dir';
import { createReturnEvidenceFixture, type ReturnEvidenceFixture } from '../support/return-evidence-fixture';
import { jpegPhoto, pngPhoto } from './support/photo-bytes';

const tempDir = useTempDir('packtrace-photo-dispatch-');

function stationServices(fixture: ReturnEvidenceFixture, signedIn: boolean) {
  const context: StationContext = {
    db: fixture.db,
    stationId: fixture.actor.stationId,
    dataDir: fixture.dataDir,
    labelsDir: join(fixture.dataDir, 'labels'),
    transport: 'browser',
    appVersion: 'test',
  };
  const session = createStationSession();
  if (signedIn) {
    session.operator = { operatorId: fixture.actor.operatorId ?? 0, name: 'Anna', role: 'returns-technician' };
  }
  return createServices(context, session);
}

describe('photo channels through dispatch', () => {
  it('attaches and reads a photo', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const services = stationServices(fixture, true);
    const dataBase64 = jpegPhoto(1024).toString('base64');

    const attached = await dispatch(services, 'returns.attachPhoto', { returnId, source: 'camera', mediaType: 'image/jpeg', dataBase64 });
    const photoId = attached.ok ? (attached.value as { photoId: number }).photoId : 0;
    const read = await dispatch(services, 'returns.photo', { photoId });

    expect(attached.ok).toBe(true);
    expect(read.ok ? (read.value as { dataBase64: string }).dataBase64 : null).toBe(dataBase64);
  });

  it('rejects a caller not signed in', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();

    const attached = await dispatch(stationServices(fixture, false), 'returns.attachPhoto', { returnId, source: 'file', mediaType: 'image/png', dataBase64: pngPhoto().toString('base64') });

    expect(attached.ok).toBe(false);
    expect(fixture.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM return_photos').get()?.n).toBe(0);
  });

  it('rejects an unknown media type', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();

    const attached = await dispatch(stationServices(fixture, true), 'returns.attachPhoto', { returnId, source: 'file', mediaType: 'image/gif', dataBase64: 'R0lGODlh' });

    expect(attached.ok ? null : attached.error.code).toBe('invalid-request');
  });
});
