import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../main/returns/evidence/evidence-files';
import { attachReturnPhoto } from '../../../../main/returns/evidence/return-photos';
import { verifyEvidenceFiles } from '../../../../main/returns/evidence/verify-evidence';
import { runCliCaptured } from '../../../support/cli';
import { useTempDir } from '../../../support/temp-dir';
import { createReturnEvidenceFixture, type ReturnEvidenceFixture } from '../support/return-evidence-fixture';
import { jpegPhoto, pngPhoto } from './support/photo-bytes';

const tempDir = useTempDir('packtrace-verify-evidence-');

function attach(fixture: ReturnEvidenceFixture, returnId: number, bytes: Buffer, mediaType: 'image/png' | 'image/jpeg'): { photoId: number; path: string } {
  const attached = attachReturnPhoto(fixture.db, fixture.dataDir, fixture.actor, { returnId, returnUnitId: null, source: 'file', mediaType, bytes });
  if (!attached.ok) {
    throw new Error(JSON.stringify(attached.error));
  }
  const extension = mediaType === 'image/png' ? 'png' : 'jpg';
  return { photoId: attached.value.photoId, path: `${fixture.dataDir}/evidence/${attached.value.sha256}.${extension}` };
}

describe('verifyEvidenceFiles', () => {
  it('passes intact files once each', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    attach(fixture, returnId, pngPhoto(), 'image/png');
    attach(fixture, returnId, pngPhoto(), 'image/png');
    attach(fixture, returnId, jpegPhoto(), 'image/jpeg');

    const check = verifyEvidenceFiles(fixture.db, fixture.dataDir);

    expect(check).toEqual({ files: 2, photos: 3, problems: [] });
  });

  it('lists missing and changed files', () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const first = attach(fixture, returnId, pngPhoto(), 'image/png');
    const second = attach(fixture, returnId, pngPhoto(), 'image/png');
    const third = attach(fixture, returnId, jpegPhoto(), 'image/jpeg');
    rmSync(first.path);
    const replacement = jpegPhoto(300);
    writeFileSync(third.path, replacement);

    const check = verifyEvidenceFiles(fixture.db, fixture.dataDir);

    expect(check.problems).toEqual([
      { code: 'evidence-file-missing', path: first.path, sha256: sha256Hex(pngPhoto()), actualSha256: null, photoIds: [first.photoId, second.photoId] },
      { code: 'evidence-file-changed', path: third.path, sha256: sha256Hex(jpegPhoto()), actualSha256: sha256Hex(replacement), photoIds: [third.photoId] },
    ]);
  });

  it('fails the command on a changed file', async () => {
    const dir = tempDir();
    const fixture = createReturnEvidenceFixture(dir);
    const returnId = fixture.insertReturn();
    const photo = attach(fixture, returnId, pngPhoto(), 'image/png');
    writeFileSync(photo.path, 'edited');
    fixture.db.close();

    const run = await runCliCaptured(['--data-dir', dir, 'returns', 'verify-photos']);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${photo.path}: changed`);
    expect(run.stdout).toContain('1 files of 1 photos checked, 1 with problems.');
  });

  it('passes the command on intact files', async () => {
    const dir = tempDir();
    const fixture = createReturnEvidenceFixture(dir);
    attach(fixture, fixture.insertReturn(), pngPhoto(), 'image/png');
    fixture.db.close();

    const run = await runCliCaptured(['--data-dir', dir, 'returns', 'verify-photos', '--json']);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ files: 1, photos: 1, problems: [] });
  });
});
