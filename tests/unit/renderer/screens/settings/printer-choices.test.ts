import { describe, expect, it } from 'vitest';
import { type PrinterProfileEntry, labelProfileChoices, printerNameChoices } from '../../../../../renderer/src/screens/settings/printer-choices';

function profile(labelKind: string, printerName: string): PrinterProfileEntry {
  return { labelKind, printerName, driver: 'raw-tcp', target: '127.0.0.1:9100', format: 'zpl', mediaWidthMm: 101.6, mediaHeightMm: 152.4, dpi: 203 };
}

const profiles = [profile('fnsku', 'GK420d'), profile('carton', 'ZD421'), profile('carrier', 'ZD421')];

describe('printer choices', () => {
  it('lists each printer name once', () => {
    expect(printerNameChoices(profiles, null)).toEqual([
      { value: 'GK420d', configured: true },
      { value: 'ZD421', configured: true },
    ]);
  });

  it('lists label kinds with profiles', () => {
    expect(labelProfileChoices(profiles, 'carton').map((choice) => choice.value)).toEqual(['carrier', 'carton', 'fnsku']);
  });

  it('keeps a stored name without profile', () => {
    const choices = printerNameChoices(profiles, 'Old laser');

    expect(choices).toHaveLength(3);
    expect(choices[2]).toEqual({ value: 'Old laser', configured: false });
  });

  it('keeps a stored kind without profile', () => {
    expect(labelProfileChoices([], 'fba-box')).toEqual([{ value: 'fba-box', configured: false }]);
  });
});
