import { describe, expect, it } from 'vitest';
import { exportSettingsFile, importSettingsFile } from '../../../main/settings/settings-file';
import { stationSettingsSchema } from '../../../main/settings/station-settings-schema';

const settings = stationSettingsSchema.parse({
  stationName: 'Bench 4',
  scales: [{ name: 'Scale', vendorId: 0x0922, productId: 0x8003 }],
  cartonWeight: { scaleName: 'Scale', checkExpectedWeight: true, packagingGrams: 180 },
  sounds: { enabled: false, volumePercent: 30 },
});

describe('settings file', () => {
  it('round-trips through export and import', () => {
    const text = exportSettingsFile(settings, new Date('2026-03-01T10:00:00Z'));

    expect(importSettingsFile(text)).toEqual({ ok: true, value: settings });
  });

  it('writes format and version', () => {
    const file = JSON.parse(exportSettingsFile(settings)) as Record<string, unknown>;

    expect(file.format).toBe('packtrace-station-settings');
    expect(file.version).toBe(1);
  });

  it('rejects text that is not JSON', () => {
    const imported = importSettingsFile('station=4');

    expect(imported.ok ? null : imported.error.code).toBe('settings-file-not-json');
  });

  it('rejects another file format', () => {
    const imported = importSettingsFile(JSON.stringify({ format: 'other', version: 1, exportedAt: '', settings: {} }));

    expect(imported.ok ? null : imported.error.code).toBe('settings-file-invalid');
  });

  it('names the invalid setting', () => {
    const file = JSON.parse(exportSettingsFile(settings)) as { settings: { sounds: { volumePercent: number } } };
    file.settings.sounds.volumePercent = 400;

    const imported = importSettingsFile(JSON.stringify(file));

    expect(imported.ok ? null : imported.error.detail).toMatch(/^settings\.sounds\.volumePercent: /);
  });

  it('rejects an oversized file', () => {
    const imported = importSettingsFile(' '.repeat(300_000));

    expect(imported.ok ? null : imported.error.code).toBe('settings-file-too-large');
  });
});
