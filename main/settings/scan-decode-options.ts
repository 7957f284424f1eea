import type { DecodeOptions } from '../scan/decode';
import type { StationSettings } from './station-settings-schema';

/**
 * Returns the decoder options for a scan from `source`. The wedge's GS substitute applies to
 * keyboard scans only: a HID POS scanner delivers GS itself, so its data is never rewritten.
 */
export function decodeOptionsFor(settings: StationSettings, source: 'keyboard' | 'hid' | 'manual'): DecodeOptions {
  const gsSubstitute = settings.wedge.gsSubstitute;
  if (source !== 'keyboard' || gsSubstitute === null) {
    return {};
  }
  return { gsSubstitute };
}
