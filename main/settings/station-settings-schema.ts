/**
 * Station settings as one document: the schema both the settings channels and the settings file
 * use. This file must stay free of Node imports because the renderer type-checks against it.
 */
import { z } from 'zod';

export const stationLanguages = ['en', 'de', 'pl', 'fr'] as const;

const deviceName = z.string().trim().min(1).max(60);
const usbId = z.number().int().min(0).max(0xffff);

export const scannerSettingsSchema = z.object({
  name: deviceName,
  vendorId: usbId,
  productId: usbId,
  serialNumber: z.string().max(100).optional(),
  /** Byte layout of the scanner's HID POS reports (see main/devices/scanner-report.ts). */
  layout: z.enum(['honeywell', 'zebra']).default('honeywell'),
});

export const scaleSettingsSchema = z.object({
  name: deviceName,
  vendorId: usbId,
  productId: usbId,
  serialNumber: z.string().max(100).optional(),
});

/** Setup of the station's keyboard-wedge scanners. */
export const wedgeSettingsSchema = z.object({
  /** Key the scanner sends after each scan; every suffix is accepted, this records the setup. */
  suffix: z.enum(['enter', 'tab', 'none']).default('enter'),
  /**
   * A printable character the scanner sends in place of GS (0x1D), such as "|", handed to the scan
   * decoder. Null when the scanner sends GS itself (Ctrl+] or an Alt code).
   */
  gsSubstitute: z
    .string()
    .length(1)
    .refine((character) => /^[\x20-\x7e]$/.test(character) && !/[A-Za-z0-9!"%&'()*+,\-./:;<=>?_]/.test(character), {
      message: 'must be one printable ASCII character outside GS1 character set 82, such as | or ~',
    })
    .nullable()
    .default(null),
  /** Keyboard layout the scanner is set to; 'none' takes keys as the system types them, without repair. */
  keyboardLayout: z.enum(['us', 'de', 'fr', 'none']).default('us'),
  /** Maximum gap between two keys of one scan, in milliseconds. */
  maxKeyGapMs: z.number().int().min(5).max(200).default(35),
  /** Minimum number of characters in a scan. */
  minScanLength: z.number().int().min(2).max(40).default(4),
  /** Pause that ends a scan sent without a suffix, in milliseconds. */
  idleCommitMs: z.number().int().min(20).max(1000).default(50),
});

/** Carton weights: which scale fills the close-carton dialog, and the expected-weight check. */
export const cartonWeightSettingsSchema = z.object({
  /** Scale whose stable reading fills the carton weight; null keeps manual entry only. */
  scaleName: z.string().max(60).nullable().default(null),
  /** When true, a carton whose weight is outside the tolerance must be weighed again or confirmed. */
  checkExpectedWeight: z.boolean().default(false),
  /** Weight of the empty carton and fill material, in grams, added to the product weights. */
  packagingGrams: z.number().int().min(0).max(100_000).default(0),
  /** Allowed difference from the expected weight, in grams. */
  toleranceGrams: z.number().int().min(0).max(100_000).default(50),
  /** Allowed difference from the expected weight, in percent; the larger of the two tolerances applies. */
  tolerancePercent: z.number().min(0).max(100).default(5),
});

export const stationSettingsSchema = z.object({
  stationName: z.string().trim().max(80).default(''),
  language: z.enum(stationLanguages).default('en'),
  wedge: wedgeSettingsSchema.default(wedgeSettingsSchema.parse({})),
  scanners: z.array(scannerSettingsSchema).max(16).default([]),
  scales: z.array(scaleSettingsSchema).max(8).default([]),
  cartonWeight: cartonWeightSettingsSchema.default(cartonWeightSettingsSchema.parse({})),
  /** Printer queue and label profile chosen for this station, by the names printing lists. */
  printing: z
    .object({ printerName: z.string().max(200).nullable().default(null), labelProfile: z.string().max(100).nullable().default(null) })
    .default({ printerName: null, labelProfile: null }),
  sounds: z
    .object({ enabled: z.boolean().default(true), volumePercent: z.number().int().min(0).max(100).default(80) })
    .default({ enabled: true, volumePercent: 80 }),
});

export type StationSettings = z.output<typeof stationSettingsSchema>;
export type WedgeSettings = z.output<typeof wedgeSettingsSchema>;

/** Settings of a station that has never saved any. */
export const defaultStationSettings: StationSettings = stationSettingsSchema.parse({});

/** Format name and version written into every settings file, checked on import. */
export const settingsFileFormat = 'packtrace-station-settings';
export const settingsFileVersion = 1;

export const settingsFileSchema = z.object({
  format: z.literal(settingsFileFormat),
  version: z.literal(settingsFileVersion),
  exportedAt: z.string(),
  settings: stationSettingsSchema,
});
