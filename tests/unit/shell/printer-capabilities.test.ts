import { describe, expect, it } from 'vitest';
import { type PrinterDescription, checkLabelPrinter } from '../../../main/shell/printer-capabilities';

// printer-type values as cupsd 2.4.2 reports them for a Zebra ZPL queue, a generic PCL laser
// queue and the ZPL queue after `cupsreject`.
const zebra: PrinterDescription = {
  name: 'Zebra_ZPL',
  options: { 'printer-type': '36932', 'printer-state': '3', 'printer-is-accepting-jobs': 'true', 'printer-state-reasons': 'none' },
};
const laser: PrinterDescription = { name: 'Office_Laser', options: { 'printer-type': '12356', 'printer-state': '3', 'printer-is-accepting-jobs': 'true' } };
const windowsPrinter: PrinterDescription = { name: 'ZDesigner GK420d', options: {} };

describe('checkLabelPrinter', () => {
  it('accepts a custom-size label printer', () => {
    expect(checkLabelPrinter([laser, zebra], 'Zebra_ZPL')).toEqual({ ok: true, value: { deviceName: 'Zebra_ZPL', capabilitiesVerified: true } });
  });

  it('rejects a fixed-size printer', () => {
    const checked = checkLabelPrinter([laser, zebra], 'Office_Laser');
    expect(checked.ok ? 'accepted' : checked.error.code).toBe('page-size-unsupported');
  });

  it('rejects an unknown device name', () => {
    const checked = checkLabelPrinter([laser, zebra], 'Zebra');
    expect(checked.ok ? 'accepted' : checked.error).toEqual({
      code: 'printer-not-found',
      detail: 'Printer "Zebra" was not found. Installed printers: Office_Laser, Zebra_ZPL.',
    });
  });

  it.each([
    ['rejecting', { 'printer-type': '561220' }],
    ['not accepting', { 'printer-is-accepting-jobs': 'false' }],
    ['stopped', { 'printer-state': '5', 'printer-state-reasons': 'paused' }],
  ])('rejects a %s queue', (_, options) => {
    const checked = checkLabelPrinter([{ name: 'Zebra_ZPL', options: { ...zebra.options, ...options } }], 'Zebra_ZPL');
    expect(checked.ok ? 'accepted' : checked.error.code).toBe('printer-not-ready');
  });

  it('uses the only printer', () => {
    expect(checkLabelPrinter([zebra], undefined)).toEqual({ ok: true, value: { deviceName: 'Zebra_ZPL', capabilitiesVerified: true } });
  });

  it('requires a name among several', () => {
    const checked = checkLabelPrinter([laser, zebra], undefined);
    expect(checked.ok ? 'accepted' : checked.error.code).toBe('printer-not-configured');
  });

  it('reports no installed printer', () => {
    const checked = checkLabelPrinter([], undefined);
    expect(checked.ok ? 'accepted' : checked.error.code).toBe('printer-not-found');
  });

  it('marks Windows printers unverified', () => {
    expect(checkLabelPrinter([windowsPrinter], 'ZDesigner GK420d')).toEqual({ ok: true, value: { deviceName: 'ZDesigner GK420d', capabilitiesVerified: false } });
  });
});
