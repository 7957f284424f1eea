import { err, ok, type Result } from '../core/result';

/**
 * Byte layout of a scanner's HID POS input report.
 *
 * 'honeywell': 64-byte report with ID 0x02. Byte 1 is the number of data bytes in this report
 * (0 to 56). Bytes 2 to 4 are the AIM symbology identifier (`]`, code character, modifier) and
 * bytes 5 to 60 are data. Byte 61 is the vendor's own symbology code and byte 62 is reserved.
 * Bit 0 of byte 63 is set when more reports of the same scan follow. Source: the "HID reports" appendix of
 * the Access-IS LSR116/LSR118 and ATR110 product manuals, which document this same report and
 * its two-report example; Honeywell's HID POS mode sends it too.
 *
 * 'zebra': a report whose byte 1 is the number of data bytes that follow from byte 2 on, with
 * no separate symbology field and no continuation flag, so the AIM identifier is only present when
 * the scanner is set to transmit it as a prefix, and a report that fills every data byte is taken
 * to continue in the next one.
 * NOTE: no Zebra document describing this report was available here. The layout follows the
 * length-prefixed report that Microscan and Newland document; check it against a report recorded
 * from the actual Zebra model before relying on it.
 */
export type ScannerReportLayout = 'honeywell' | 'zebra';

/** The part of one scan that one input report carries. */
export interface ScanFragment {
  /** AIM symbology identifier such as "]C1", or null when the report carries none. */
  readonly aim: string | null;
  readonly data: Buffer;
  /** True when the scan continues in the next report. */
  readonly continues: boolean;
}

export interface ReportError {
  readonly code: 'report-too-short' | 'report-length-invalid' | 'report-id-unexpected';
  readonly detail: string;
}

const honeywellReportId = 0x02;
const honeywellDataOffset = 5;
const honeywellMaxData = 56;
const honeywellContinuationByte = 63;

/** Reads the fragment of a scan carried by one input report; the report starts with its report ID. */
export function readScanFragment(report: Buffer, layout: ScannerReportLayout): Result<ScanFragment, ReportError> {
  switch (layout) {
    case 'honeywell':
      return readHoneywellReport(report);
    case 'zebra':
      return readLengthPrefixedReport(report);
  }
}

function readHoneywellReport(report: Buffer): Result<ScanFragment, ReportError> {
  if (report.length <= honeywellContinuationByte) {
    return err({ code: 'report-too-short', detail: `${report.length} bytes, expected 64` });
  }
  if (report[0] !== honeywellReportId) {
    return err({ code: 'report-id-unexpected', detail: `report ID ${report[0]}, expected ${honeywellReportId}` });
  }
  const length = report[1] ?? 0;
  if (length > honeywellMaxData) {
    return err({ code: 'report-length-invalid', detail: `data length ${length}, at most ${honeywellMaxData}` });
  }

  const aimBytes = report.subarray(2, honeywellDataOffset);
  // A scanner with symbology identifiers switched off sends zero bytes here.
  const aim = aimBytes[0] === 0x5d ? aimBytes.toString('latin1') : null;
  const data = Buffer.from(report.subarray(honeywellDataOffset, honeywellDataOffset + length));
  const continues = ((report[honeywellContinuationByte] ?? 0) & 0x01) === 0x01;
  return ok({ aim, data, continues });
}

function readLengthPrefixedReport(report: Buffer): Result<ScanFragment, ReportError> {
  if (report.length < 2) {
    return err({ code: 'report-too-short', detail: `${report.length} bytes, expected at least 2` });
  }
  const capacity = report.length - 2;
  const length = report[1] ?? 0;
  if (length > capacity) {
    return err({ code: 'report-length-invalid', detail: `data length ${length}, report holds ${capacity}` });
  }

  const data = Buffer.from(report.subarray(2, 2 + length));
  return ok({ aim: null, data, continues: length === capacity });
}
