import { describe, expect, it } from 'vitest';
import type { Result } from '../../../main/core/result';
import { readScanFragment } from '../../../main/devices/scanner-report';
import { ScanAssembler } from '../../../main/devices/scan-assembler';
import { honeywellReports } from './recorded-hid-port';


/** Returns the value of a successful result and fails the test otherwise. */
function valueOf<T>(result: Result<T, { readonly detail: string }>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${result.error.detail}`);
  }
  return result.value;
}

describe('readScanFragment honeywell layout', () => {
  it('reads AIM identifier and data', () => {
    const [report] = honeywellReports(']C0', 'SN000451');
    const fragment = readScanFragment(report!, 'honeywell');

    expect(fragment.ok).toBe(true);
    if (fragment.ok) {
      expect(fragment.value.aim).toBe(']C0');
      expect(fragment.value.data.toString('latin1')).toBe('SN000451');
      expect(fragment.value.continues).toBe(false);
    }
  });

  it('rejects a report with another ID', () => {
    const report = Buffer.alloc(64);
    report[0] = 0x04;

    const fragment = readScanFragment(report, 'honeywell');

    expect(fragment.ok).toBe(false);
    expect(fragment.ok ? null : fragment.error.code).toBe('report-id-unexpected');
  });

  it('rejects a length beyond the data field', () => {
    const report = Buffer.alloc(64);
    report[0] = 0x02;
    report[1] = 57;

    const fragment = readScanFragment(report, 'honeywell');

    expect(fragment.ok ? null : fragment.error.code).toBe('report-length-invalid');
  });

  it('rejects a truncated report', () => {
    expect(readScanFragment(Buffer.from([0x02, 0x01]), 'honeywell').ok).toBe(false);
  });

  it('reads no AIM when identifiers are off', () => {
    const [report] = honeywellReports('\0\0\0', '4006381333931');

    const fragment = readScanFragment(report!, 'honeywell');

    expect(valueOf(fragment).aim).toBeNull();
  });
});

describe('readScanFragment zebra layout', () => {
  it('reads a length-prefixed report', () => {
    const report = Buffer.alloc(32);
    report[0] = 0x22;
    report[1] = 11;
    report.write(']E04006381', 2, 'latin1');
    report.write('3', 12, 'latin1');

    const fragment = readScanFragment(report, 'zebra');

    expect(valueOf(fragment).data.toString('latin1')).toBe(']E040063813');
    expect(valueOf(fragment).continues).toBe(false);
  });

  it('marks a full report as continuing', () => {
    const report = Buffer.alloc(8);
    report[0] = 0x22;
    report[1] = 6;

    const fragment = readScanFragment(report, 'zebra');

    expect(valueOf(fragment).continues).toBe(true);
  });
});

describe('ScanAssembler', () => {
  it('joins a multi-report GS1 scan with GS intact', () => {
    const data = `0109506000123455${'10LOT7A'}\u001d21${'S'.repeat(60)}`;
    const reports = honeywellReports(']d2', data);
    const assembler = new ScanAssembler();

    const results = reports.map((report) => {
      const fragment = readScanFragment(report, 'honeywell');
      if (!fragment.ok) {
        throw new Error(fragment.error.detail);
      }
      return assembler.add(fragment.value);
    });

    expect(reports).toHaveLength(2);
    expect(results[0]).toBeNull();
    expect(results[1]?.raw).toBe(`]d2${data}`);
    expect(results[1]?.raw).toContain('\u001d');
  });

  it('finishes a partial scan on request', () => {
    const assembler = new ScanAssembler();
    assembler.add({ aim: null, data: Buffer.from('ABCDEF'), continues: true });

    expect(assembler.finish()?.raw).toBe('ABCDEF');
    expect(assembler.isPartial()).toBe(false);
  });
});
