/**
 * Station setup's part of the contract: settings, scanners and scales, and the carton weight
 * check. This file must stay free of Node imports because the renderer type-checks against it.
 */
import { z } from 'zod';
import { stationSettingsSchema } from '../../settings/station-settings-schema';
import { id } from '../schemas';

export const deviceStatusSchema = z.object({
  kind: z.enum(['scanner', 'scale']),
  name: z.string(),
  state: z.enum(['connected', 'disconnected', 'keyboard-mode', 'open-failed']),
  detail: z.string().optional(),
});

export const attachedDeviceSchema = z.object({
  vendorId: z.number().int(),
  productId: z.number().int(),
  serialNumber: z.string().optional(),
  product: z.string().optional(),
  manufacturer: z.string().optional(),
  deviceClass: z.enum(['pos-scanner', 'scale', 'keyboard']),
});

export const scaleReadingSchema = z.object({
  status: z.enum(['fault', 'zero', 'in-motion', 'stable', 'under-zero', 'overweight', 'needs-calibration', 'needs-rezero']),
  grams: z.number().int(),
  unit: z.string(),
});

/** Channels of station setup. */
export const deviceChannels = {
  'settings.get': { request: z.object({}), response: stationSettingsSchema },
  /** Stores the whole settings document and reopens scanners and scales to match it. */
  'settings.save': { request: stationSettingsSchema, response: stationSettingsSchema },
  'settings.export': { request: z.object({}), response: z.object({ fileName: z.string(), text: z.string() }) },
  /** Reads a settings file exported on another bench, stores it and returns it. */
  'settings.import': { request: z.object({ text: z.string().max(200_000) }), response: stationSettingsSchema },
  'devices.status': {
    request: z.object({}),
    response: z.object({
      /** False when HID devices cannot be read on this station at all (node-hid failed to load). */
      hidAvailable: z.boolean(),
      devices: z.array(deviceStatusSchema),
      attached: z.array(attachedDeviceSchema),
    }),
  },
  /**
   * Reads the carton scale of the station settings. Waits up to `waitForStableMs` for a stable
   * reading and returns the last reading either way, so the screen can show "settling".
   */
  'scale.read': {
    request: z.object({ waitForStableMs: z.number().int().min(0).max(10_000).default(0) }),
    response: z.object({ scaleName: z.string().nullable(), connected: z.boolean(), reading: scaleReadingSchema.nullable() }),
  },
  /**
   * The printable scanner test sheet in the station's language: `page` is a whole HTML page,
   * `body` the same markup without styles for embedding in the station's own page.
   */
  'devices.scannerTestSheet': { request: z.object({}), response: z.object({ page: z.string(), body: z.string() }) },
  /** Compares a carton weight with the sum of its product weights plus packaging; writes nothing. */
  'cartons.checkWeight': {
    request: z.object({ shipmentId: id, weightGrams: z.number().int().positive().max(1_000_000) }),
    response: z.object({
      checked: z.boolean(),
      expectedGrams: z.number().int().nullable(),
      toleranceGrams: z.number().int(),
      withinTolerance: z.boolean(),
      /** Units in the open carton whose product has no weight, which leave the check undecided. */
      unitsWithoutWeight: z.number().int(),
    }),
  },
} as const;
