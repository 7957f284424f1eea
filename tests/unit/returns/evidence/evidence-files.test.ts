import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readEvidenceFile, sha256Hex, writeEvidenceFile } from '../../../../main/returns/evidence/evidence-files';
import { useTempDir } from '../../../support/temp-dir';
import { jpegPhoto, pngPhoto } from './support/photo-bytes';
import { mountSmallTmpfs } from './support/small-tmpfs';

const tempDir = useTempDir('packtrace-evidence-');

describe('writeEvidenceFile', () => {
  it('names the file by its SHA-256', () => {
    const dir = join(tempDir(), 'evidence');
    const bytes = pngPhoto();

    const stored = writeEvidenceFile(dir, bytes, 'png');

    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    expect(stored.value.sha256).toBe(sha256Hex(bytes));
    expect(stored.value.path).toBe(join(dir, `${stored.value.sha256}.png`));
    expect(stored.value.created).toBe(true);
    expect(readFileSync(stored.value.path).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual([`${stored.value.sha256}.png`]);
  });

  it('keeps one file for equal bytes', () => {
    const dir = join(tempDir(), 'evidence');
    const bytes = jpegPhoto();

    const first = writeEvidenceFile(dir, bytes, 'jpg');
    const second = writeEvidenceFile(dir, Buffer.from(bytes), 'jpg');

    expect(first.ok && first.value.created).toBe(true);
    expect(second.ok && second.value.created).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('replaces a stored file whose bytes changed', () => {
    const dir = join(tempDir(), 'evidence');
    const bytes = jpegPhoto();
    const first = writeEvidenceFile(dir, bytes, 'jpg');
    if (!first.ok) throw new Error('first write failed');
    writeFileSync(first.value.path, 'overwritten');

    const again = writeEvidenceFile(dir, bytes, 'jpg');

    expect(again.ok && again.value.created).toBe(true);
    expect(readFileSync(first.value.path).equals(bytes)).toBe(true);
  });

  it('fails cleanly when the folder cannot be created', () => {
    const root = tempDir();
    writeFileSync(join(root, 'evidence'), 'a file where the folder should be');

    const stored = writeEvidenceFile(join(root, 'evidence'), pngPhoto(), 'png');

    expect(stored.ok).toBe(false);
    if (stored.ok) return;
    expect(stored.error.code).toBe('evidence-write-failed');
    expect(readdirSync(root)).toEqual(['evidence']);
  });

  // Root ignores folder permissions; the full-disk test covers a failing write there.
  it.skipIf(process.getuid?.() === 0)('fails cleanly in a read-only folder', () => {
    const dir = join(tempDir(), 'evidence');
    mkdirSync(dir);
    chmodSync(dir, 0o555);

    const stored = writeEvidenceFile(dir, pngPhoto(), 'png');

    chmodSync(dir, 0o755);
    expect(stored.ok).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeEvidenceFile on a full disk', () => {
  const tmpfs = mountSmallTmpfs(afterEach);

  it.skipIf(!tmpfs.available)('leaves no partial file when the disk fills', () => {
    const dir = join(tmpfs.mount(), 'evidence');
    mkdirSync(dir);

    // A 64 KiB tmpfs cannot take 200 KB; the write fails part-way with ENOSPC.
    const stored = writeEvidenceFile(dir, jpegPhoto(200_000), 'jpg');

    expect(stored.ok).toBe(false);
    if (stored.ok) return;
    expect(stored.error.code).toBe('evidence-write-failed');
    expect(stored.error.detail).toMatch(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('readEvidenceFile', () => {
  it('returns bytes that still match', () => {
    const dir = join(tempDir(), 'evidence');
    const bytes = pngPhoto();
    const stored = writeEvidenceFile(dir, bytes, 'png');
    if (!stored.ok) throw new Error('write failed');

    const read = readEvidenceFile(dir, stored.value.sha256, 'png');

    expect(read.ok && read.value.equals(bytes)).toBe(true);
  });

  it('reports a changed file with both hashes', () => {
    const dir = join(tempDir(), 'evidence');
    const stored = writeEvidenceFile(dir, pngPhoto(), 'png');
    if (!stored.ok) throw new Error('write failed');
    const tampered = pngPhoto(8, 8, 0x10);
    writeFileSync(stored.value.path, tampered);

    const read = readEvidenceFile(dir, stored.value.sha256, 'png');

    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toEqual({ code: 'evidence-file-changed', path: stored.value.path, expectedSha256: stored.value.sha256, actualSha256: sha256Hex(tampered) });
  });

  it('reports a missing file', () => {
    const dir = join(tempDir(), 'evidence');
    const read = readEvidenceFile(dir, 'a'.repeat(64), 'jpg');

    expect(read.ok).toBe(false);
    expect(read.ok ? null : read.error.code).toBe('evidence-file-missing');
  });
});
