import type { WedgeSettings } from '../../../../main/settings/station-settings-schema';
import { scannerProfileWith, type ScannerProfile } from '../../scan-capture/scanner-profile';

/** Returns the keyboard listener's profile for the station's wedge settings. */
export function scannerProfileOf(wedge: WedgeSettings): ScannerProfile {
  return scannerProfileWith({
    maxKeyGapMs: wedge.maxKeyGapMs,
    minScanLength: wedge.minScanLength,
    idleCommitMs: wedge.idleCommitMs,
    keyboardLayout: wedge.keyboardLayout === 'none' ? null : wedge.keyboardLayout,
  });
}
