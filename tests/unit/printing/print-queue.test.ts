import { describe, expect, it } from 'vitest';
import { checkLabelAgainstProfile, queueLabel } from '../../../main/printing/print-queue';
import { listPrintJobs } from '../../../main/printing/print-jobs';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';
import { saveProfile, stationId, zplLabel } from './print-support';

describe('queueLabel', () => {
  const tempDir = useTempDir();

  it('rejects FNSKU label on 4x6 media', () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'raw-tcp', '127.0.0.1:9100');
    const fnsku = { ...zplLabel('fnsku-1', 'X00ABC1234'), widthMm: 57.15, heightMm: 31.75 };

    const queued = queueLabel(db, fnsku);

    expect(queued).toEqual({
      ok: false,
      error: { code: 'print-media-mismatch', labelWidthMm: 57.15, labelHeightMm: 31.75, mediaWidthMm: 101.6, mediaHeightMm: 152.4, printerName: 'Zebra test' },
    });
    expect(listPrintJobs(db, stationId)).toEqual([]);
    db.close();
  });

  it('rejects rotated media', () => {
    const profile = { id: 1, stationId, labelKind: 'carton', printerName: 'Zebra', driver: 'raw-tcp', target: 'x', format: 'zpl', mediaWidthMm: 101.6, mediaHeightMm: 152.4, dpi: 203 } as const;

    expect(checkLabelAgainstProfile({ format: 'zpl', widthMm: 152.4, heightMm: 101.6, dpi: 203 }, profile).ok).toBe(false);
    expect(checkLabelAgainstProfile({ format: 'zpl', widthMm: 101.8, heightMm: 152.0, dpi: 203 }, profile).ok).toBe(true);
    expect(checkLabelAgainstProfile({ format: 'zpl', widthMm: 101.6, heightMm: 152.4, dpi: 300 }, profile)).toMatchObject({ ok: false, error: { code: 'print-dpi-mismatch' } });
    expect(checkLabelAgainstProfile({ format: 'pdf', widthMm: 101.6, heightMm: 152.4, dpi: 203 }, profile)).toMatchObject({ ok: false, error: { code: 'print-format-mismatch' } });
  });

  it('rejects label kind without profile', () => {
    const db = openTestStore(tempDir());

    expect(queueLabel(db, zplLabel('none-1', 'x'))).toEqual({ ok: false, error: { code: 'printer-profile-missing', labelKind: 'carton' } });
    db.close();
  });
});
