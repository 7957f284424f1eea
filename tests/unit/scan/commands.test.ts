import { describe, expect, it } from 'vitest';

import { COMMAND_BARCODE_TEXT, parseCommandBarcode } from '../../../main/scan/commands';
import { decodeScan } from '../../../main/scan/decode';
import type { PackCommand } from '../../../main/scan/types';

describe('command barcodes', () => {
  it('decodes every printed command text', () => {
    for (const [command, text] of Object.entries(COMMAND_BARCODE_TEXT)) {
      expect(decodeScan(`]C0${text}`)).toMatchObject({ ok: true, value: { kind: 'command', command: command as PackCommand } });
    }
  });

  it('ignores text without the prefix', () => {
    expect(parseCommandBarcode('NEW-CARTON')).toBeNull();
  });

  it('rejects unknown commands after the prefix', () => {
    expect(parseCommandBarcode('#PT:NEW')).toMatchObject({ ok: false, error: { code: 'unknown-command' } });
  });
});
