import { describe, expect, it } from 'vitest';
import type { Result } from '../../../main/core/result';
import { readScaleReport } from '../../../main/devices/scale-report';
import { scaleReport } from './recorded-hid-port';


/** Returns the value of a successful result and fails the test otherwise. */
function valueOf<T>(result: Result<T, { readonly detail: string }>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${result.error.detail}`);
  }
  return result.value;
}

describe('readScaleReport', () => {
  it('reads a stable weight in grams', () => {
    const reading = readScaleReport(scaleReport(4, 2, 0, 1250));

    expect(reading).toEqual({ ok: true, value: { status: 'stable', grams: 1250, unit: 'g' } });
  });

  it('converts kilograms with an exponent', () => {
    const reading = readScaleReport(scaleReport(4, 3, -2, 1234));

    expect(valueOf(reading).grams).toBe(12340);
  });

  it('converts ounces to grams', () => {
    const reading = readScaleReport(scaleReport(4, 11, -1, 160));

    expect(valueOf(reading).grams).toBe(454);
  });

  it('reads an unstable weight as in motion', () => {
    const reading = readScaleReport(scaleReport(3, 2, 0, 980));

    expect(valueOf(reading).status).toBe('in-motion');
  });

  it('reads overweight without a weight', () => {
    const reading = readScaleReport(scaleReport(6, 2, 0, 65535));

    expect(valueOf(reading)).toEqual({ status: 'overweight', grams: 0, unit: 'g' });
  });

  it('reads zero status', () => {
    expect(valueOf(readScaleReport(scaleReport(2, 2, 0, 0))).status).toBe('zero');
  });

  it('rejects an unknown unit', () => {
    const reading = readScaleReport(scaleReport(4, 9, 0, 1));

    expect(reading.ok ? null : reading.error.code).toBe('weight-unit-unknown');
  });

  it('rejects an unknown status', () => {
    const reading = readScaleReport(scaleReport(12, 2, 0, 1));

    expect(reading.ok ? null : reading.error.code).toBe('scale-status-unknown');
  });
});
