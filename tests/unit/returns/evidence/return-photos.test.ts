import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { maxReturnPhotoBytes } from '../../../../main/api/channels/return-evidence-channels';
import { evidenceDir, sha256Hex } from '../../../../main/returns/evidence/evidence-files';
import { readReturnPhoto } from '../../../../main/returns/evidence/read-return-photo';
import { attachReturnPhoto, listReturnPhotos } from '../../../../main/returns/evidence/return-photos';
import { verifyEventChain } from '../../../../main/store/event-chain';
import { countEvents } from '../../../support/packing-fixture';
import { useTempDir } from '../../../support/temp-dir';
import { createReturnEvidenceFixture, type ReturnEvidenceFixture } from '../support/return-evidence-fixture';
import { jpegPhoto, pngPhoto, webpPhoto } from './support/photo-bytes';
import { mountSmallTmpfs } from './support/small-tmpfs';

const tempDir = useTempDir('packtrace-return-photos-');

function photoRows(fixture: ReturnEvidenceFixture): number {
  return fixture.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM return_photos').get()?.n ?? 0;
}

function evidenceFiles(dataDir: string): ReadonlyArray<string> {
  try {
    return readdirSync(evidenceDir(dataDir));
  } catch {
    return [];
  }
}

describe('attachReturnPhoto', () => {
  it('stores file, row and event together', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const unitId = fixture.insertUnit(fixture.cameraId, 'SN000801', 'returned');
    const returnUnitId = fixture.insertReturnUnit({ returnId, unitId });
    const bytes = jpegPhoto(4096);

    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId, source: 'camera', mediaType: 'image/jpeg', bytes });

    expect(attached.ok).toBe(true);
    if (!attached.ok) return;
    const sha256 = sha256Hex(bytes);
    expect(attached.value).toMatchObject({ returnId, returnUnitId, unitId, serial: 'SN000801', sha256, mediaType: 'image/jpeg', byteSize: 4096, source: 'camera', operatorName: 'Anna' });
    expect(evidenceFiles(fixture.dataDir)).toEqual([`${sha256}.jpg`]);
    const event = fixture.db.prepare<[], { unit_id: number; payload: string }>("SELECT unit_id, payload FROM events WHERE type = 'return-photo-attached'").get();
    expect(event?.unit_id).toBe(unitId);
    expect(JSON.parse(event?.payload ?? '{}')).toMatchObject({ returnId, returnUnitId, photoId: attached.value.photoId, sha256 });
    expect(verifyEventChain(fixture.db).ok).toBe(true);
  });

  it('attaches a photo to the return alone', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();

    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType: 'image/png', bytes: pngPhoto() });

    expect(attached.ok && attached.value.unitId).toBeNull();
    expect(countEvents(fixture.db, 'return-photo-attached')).toBe(1);
  });

  it('shares one file between equal photos', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const bytes = webpPhoto();

    const first = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType: 'image/webp', bytes });
    const second = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType: 'image/webp', bytes });

    expect(first.ok && second.ok).toBe(true);
    expect(photoRows(fixture)).toBe(2);
    expect(evidenceFiles(fixture.dataDir)).toHaveLength(1);
  });

  it.each([
    ['empty data', Buffer.alloc(0), 'image/jpeg', 'return-photo-empty'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'image/jpeg', 'return-photo-type-unknown'],
    ['a PNG declared as JPEG', pngPhoto(), 'image/jpeg', 'return-photo-type-mismatch'],
    ['a photo over the limit', jpegPhoto(maxReturnPhotoBytes + 1), 'image/jpeg', 'return-photo-too-large'],
    ['a PNG cut after its header', pngPhoto().subarray(0, 40), 'image/png', 'return-photo-truncated'],
  ] as const)('rejects %s and writes nothing', (_case, bytes, mediaType, code) => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const eventsBefore = countEvents(fixture.db);

    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType, bytes });

    expect(attached.ok ? null : attached.error.code).toBe(code);
    expect(photoRows(fixture)).toBe(0);
    expect(countEvents(fixture.db)).toBe(eventsBefore);
    expect(evidenceFiles(fixture.dataDir)).toEqual([]);
  });

  it('accepts a photo of exactly the limit', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();

    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType: 'image/jpeg', bytes: jpegPhoto(maxReturnPhotoBytes) });

    expect(attached.ok).toBe(true);
  });

  it('accepts a photo of a closed return', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn({ status: 'closed' });

    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType: 'image/png', bytes: pngPhoto() });

    expect(attached.ok).toBe(true);
  });

  it('rejects an unknown return', () => {
    const fixture = createReturnEvidenceFixture(tempDir());

    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId: 999, returnUnitId: null, source: 'file', mediaType: 'image/png', bytes: pngPhoto() });

    expect(attached.ok ? null : attached.error).toEqual({ code: 'return-not-found', returnId: 999 });
    expect(evidenceFiles(fixture.dataDir)).toEqual([]);
  });

  it('rejects a unit of another return', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const otherReturnId = fixture.insertReturn();
    const unitId = fixture.insertUnit(fixture.cameraId, 'SN000802', 'returned');
    const returnUnitId = fixture.insertReturnUnit({ returnId: otherReturnId, unitId });

    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId, source: 'camera', mediaType: 'image/png', bytes: pngPhoto() });

    expect(attached.ok ? null : attached.error).toEqual({ code: 'return-unit-not-on-return', returnUnitId, returnId });
    expect(photoRows(fixture)).toBe(0);
  });

  it('writes no row when the file write fails', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    writeFileSync(evidenceDir(fixture.dataDir), 'a file where the evidence folder should be');

    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType: 'image/png', bytes: pngPhoto() });

    expect(attached.ok ? null : attached.error.code).toBe('evidence-write-failed');
    expect(photoRows(fixture)).toBe(0);
    expect(countEvents(fixture.db, 'return-photo-attached')).toBe(0);
  });

  it('removes the new file when the insert fails', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    // A trigger plays the part of a failure between the file write and the commit.
    fixture.db.exec("CREATE TEMP TRIGGER fail_photo BEFORE INSERT ON return_photos BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");

    expect(() =>
      attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType: 'image/png', bytes: pngPhoto() }),
    ).toThrow(/disk I\/O error/);

    expect(photoRows(fixture)).toBe(0);
    expect(evidenceFiles(fixture.dataDir)).toEqual([]);
  });
});

describe('attachReturnPhoto on a full disk', () => {
  const tmpfs = mountSmallTmpfs(afterEach);

  it.skipIf(!tmpfs.available)('leaves no row and no partial file', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const dataDir = tmpfs.mount();
    mkdirSync(evidenceDir(dataDir));

    const attached = attachReturnPhoto(fixture.db, dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'camera', mediaType: 'image/jpeg', bytes: jpegPhoto(200_000) });

    expect(attached.ok ? null : attached.error.code).toBe('evidence-write-failed');
    expect(photoRows(fixture)).toBe(0);
    expect(countEvents(fixture.db, 'return-photo-attached')).toBe(0);
    expect(evidenceFiles(dataDir)).toEqual([]);
  });
});

describe('listReturnPhotos and readReturnPhoto', () => {
  it('lists photos by return and by unit', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const firstReturn = fixture.insertReturn();
    const secondReturn = fixture.insertReturn();
    const unitId = fixture.insertUnit(fixture.cameraId, 'SN000803', 'returned');
    const firstUnit = fixture.insertReturnUnit({ returnId: firstReturn, unitId, stage: 'rejected' });
    const secondUnit = fixture.insertReturnUnit({ returnId: secondReturn, unitId });
    const attach = (returnId: number, returnUnitId: number | null, shade: number) =>
      attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId, source: 'camera', mediaType: 'image/png', bytes: pngPhoto(8, 8, shade) });
    attach(firstReturn, firstUnit, 1);
    attach(firstReturn, null, 2);
    attach(secondReturn, secondUnit, 3);

    expect(listReturnPhotos(fixture.db, { returnId: firstReturn }).map((photo) => photo.returnUnitId)).toEqual([firstUnit, null]);
    expect(listReturnPhotos(fixture.db, { unitId }).map((photo) => photo.returnId)).toEqual([firstReturn, secondReturn]);
  });

  it('reads a photo back intact', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const bytes = pngPhoto();
    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType: 'image/png', bytes });
    if (!attached.ok) throw new Error('attach failed');

    const read = readReturnPhoto(fixture.db, fixture.dataDir, attached.value.photoId);

    expect(read.ok && read.value.bytes.equals(bytes)).toBe(true);
  });

  it('reports a photo changed on disk', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType: 'image/png', bytes: pngPhoto() });
    if (!attached.ok) throw new Error('attach failed');
    writeFileSync(join(evidenceDir(fixture.dataDir), `${attached.value.sha256}.png`), pngPhoto(8, 8, 0x01));

    const read = readReturnPhoto(fixture.db, fixture.dataDir, attached.value.photoId);

    expect(read.ok ? null : read.error.code).toBe('evidence-file-changed');
  });

  it('reports an unknown photo id', () => {
    const fixture = createReturnEvidenceFixture(tempDir());

    const read = readReturnPhoto(fixture.db, fixture.dataDir, 42);

    expect(read.ok ? null : read.error).toEqual({ code: 'return-photo-not-found', photoId: 42 });
  });
});
