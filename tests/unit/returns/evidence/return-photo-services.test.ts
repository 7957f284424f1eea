import { describe, expect, it } from 'vitest';
import { contract } from '../../../../main/api/contract';
import { maxReturnPhotoBytes } from '../../../../main/api/channels/return-evidence-channels';
import { useTempDir } from '../../../support/temp-dir';
import { evidenceServices } from '../support/evidence-services';
import { createReturnEvidenceFixture } from '../support/return-evidence-fixture';
import { pngPhoto } from './support/photo-bytes';

const tempDir = useTempDir('packtrace-photo-services-');

describe('return photo services', () => {
  it('attaches, lists and reads a photo', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const services = evidenceServices(fixture);
    const dataBase64 = pngPhoto().toString('base64');

    const attached = await services['returns.attachPhoto']({ returnId, returnUnitId: null, source: 'camera', mediaType: 'image/png', dataBase64 });
    const listed = await services['returns.photos']({ returnId });
    const read = await services['returns.photo']({ photoId: attached.ok ? attached.value.photoId : 0 });

    expect(attached.ok).toBe(true);
    expect(listed.ok && listed.value.photos).toHaveLength(1);
    expect(read.ok && read.value.dataBase64).toBe(dataBase64);
    expect(contract['returns.photo'].response.safeParse(read.ok ? read.value : null).success).toBe(true);
  });

  it('rejects malformed base64', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();

    const attached = await evidenceServices(fixture)['returns.attachPhoto']({ returnId, returnUnitId: null, source: 'file', mediaType: 'image/png', dataBase64: 'data:image/png;base64,iVBORw0K' });

    expect(attached.ok ? null : attached.error.code).toBe('return-photo-data-invalid');
  });

  it('rejects a 0-byte photo as empty', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const request = { returnId, returnUnitId: null, source: 'file', mediaType: 'image/png', dataBase64: '' } as const;

    // The contract lets the empty file through, so the operator reads the translated "photo is empty".
    const parsed = contract['returns.attachPhoto'].request.safeParse(request);
    const attached = await evidenceServices(fixture)['returns.attachPhoto'](request);

    expect(parsed.success).toBe(true);
    expect(attached.ok ? null : attached.error.code).toBe('return-photo-empty');
  });

  it('requires a signed-in operator', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();

    const attached = await evidenceServices(fixture, false)['returns.attachPhoto']({ returnId, returnUnitId: null, source: 'file', mediaType: 'image/png', dataBase64: pngPhoto().toString('base64') });

    expect(attached.ok ? null : attached.error.code).toBe('operator-not-signed-in');
  });

  it('contract rejects base64 beyond the limit', () => {
    const tooLong = 'A'.repeat(Math.ceil(maxReturnPhotoBytes / 3) * 4 + 4);

    const parsed = contract['returns.attachPhoto'].request.safeParse({ returnId: 1, source: 'file', mediaType: 'image/png', dataBase64: tooLong });

    expect(parsed.success).toBe(false);
  });

  it('contract takes a return or a unit', () => {
    expect(contract['returns.photos'].request.safeParse({ returnId: 3 }).success).toBe(true);
    expect(contract['returns.photos'].request.safeParse({ unitId: 3 }).success).toBe(true);
    expect(contract['returns.photos'].request.safeParse({}).success).toBe(false);
  });
});
