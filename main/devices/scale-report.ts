import { err, ok, type Result } from '../core/result';
import type { ScaleReading, ScaleStatus } from './scale-reading';

export type { ScaleReading, ScaleStatus };

export interface ScaleReportError {
  readonly code: 'report-too-short' | 'report-id-unexpected' | 'scale-status-unknown' | 'weight-unit-unknown';
  readonly detail: string;
}

/**
 * Scale Data Report of a USB HID scale (usage page 0x8D), 6 bytes: report ID 3, status, weight
 * unit, a signed decimal exponent, and the weight as an unsigned 16-bit little-endian integer.
 * Status and unit are 1-based indexes into the Scale Status usages (0x70 to 0x78) and the Weight
 * Unit usages (0x50 to 0x5C) of the HID Point of Sale Weighing Devices usage tables.
 * NOTE: this is the report layout of common shipping scales such as the Dymo M-series. A scale
 * whose report descriptor orders the fields differently needs its own reader.
 */
const scaleReportId = 0x03;

const statusByCode: Readonly<Record<number, ScaleStatus>> = {
  1: 'fault',
  2: 'zero',
  3: 'in-motion',
  4: 'stable',
  5: 'under-zero',
  6: 'overweight',
  7: 'needs-calibration',
  8: 'needs-rezero',
};

/** Grams per unit of each weight unit code that a parcel scale uses. */
const unitByCode: Readonly<Record<number, { readonly name: string; readonly grams: number }>> = {
  1: { name: 'mg', grams: 0.001 },
  2: { name: 'g', grams: 1 },
  3: { name: 'kg', grams: 1000 },
  11: { name: 'oz', grams: 28.349523125 },
  12: { name: 'lb', grams: 453.59237 },
};

/** Reads one scale data report (first byte the report ID). */
export function readScaleReport(report: Buffer): Result<ScaleReading, ScaleReportError> {
  if (report.length < 6) {
    return err({ code: 'report-too-short', detail: `${report.length} bytes, expected 6` });
  }
  if (report[0] !== scaleReportId) {
    return err({ code: 'report-id-unexpected', detail: `report ID ${report[0]}, expected ${scaleReportId}` });
  }
  const status = statusByCode[report.readUInt8(1)];
  if (status === undefined) {
    return err({ code: 'scale-status-unknown', detail: `status ${report.readUInt8(1)}` });
  }
  const unit = unitByCode[report.readUInt8(2)];
  if (unit === undefined) {
    return err({ code: 'weight-unit-unknown', detail: `unit ${report.readUInt8(2)}` });
  }

  const exponent = report.readInt8(3);
  const raw = report.readUInt16LE(4);
  const carriesWeight = status === 'stable' || status === 'in-motion';
  const grams = carriesWeight ? Math.round(raw * 10 ** exponent * unit.grams) : 0;
  return ok({ status, grams, unit: unit.name });
}
