import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReturnLabelQr } from '../../../main/returns/return-label-qr';
import { sharedFixturePath } from './shared-fixture';

const sample = readFileSync(sharedFixturePath('ihelpu-amazon-return-qr/sample-scan.txt'), 'utf8');

describe('parseReturnLabelQr', () => {
  it('reads tracking number and RMA', () => {
    const firstLine = sample.split('\n').find((line) => line.startsWith('1Z')) ?? '';

    expect(parseReturnLabelQr(firstLine)).toEqual({ trackingNumber: '1Z6V519Y5555555555', rma: 'DtAAAKx5AAAA' });
  });

  it('reads every sample scan', () => {
    const scans = sample.split('\n').filter((line) => line.startsWith('1Z'));

    expect(scans.length).toBeGreaterThanOrEqual(3);
    for (const scan of scans) {
      expect(parseReturnLabelQr(scan)?.rma).toBe('DtAAAKx5AAAA');
    }
  });

  it('ignores a typed reference', () => {
    expect(parseReturnLabelQr('RMA-12345')).toBeNull();
    expect(parseReturnLabelQr('a|b')).toBeNull();
    expect(parseReturnLabelQr('1Z6V519Y5555555555||E1|x')).toBeNull();
  });
});
