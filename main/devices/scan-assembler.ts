import type { ScanFragment } from './scanner-report';

/** One complete scan read from a HID POS scanner. */
export interface AssembledScan {
  /** The scan as the decoder takes it: AIM identifier (when sent) followed by the data, GS intact. */
  readonly raw: string;
  readonly aim: string | null;
}

/**
 * Joins the fragments of one scan that a scanner splits over several reports. The AIM identifier
 * of the first report is kept; later reports repeat it. Data bytes are read as Latin-1 so GS (0x1D)
 * and every other control character pass through unchanged.
 * NOTE: scanners set to send UTF-8 (a QR code with non-Latin text) would need the decoding chosen
 * per scanner; GS1 data is always ASCII, so Latin-1 is exact for it.
 */
export class ScanAssembler {
  private parts: Buffer[] = [];
  private aim: string | null = null;

  /** Adds one fragment; returns the finished scan when the fragment was the last one. */
  add(fragment: ScanFragment): AssembledScan | null {
    if (this.parts.length === 0) {
      this.aim = fragment.aim;
    }
    this.parts.push(fragment.data);
    if (fragment.continues) {
      return null;
    }

    const data = Buffer.concat(this.parts).toString('latin1');
    const aim = this.aim;
    this.reset();
    return data.length === 0 ? null : { raw: `${aim ?? ''}${data}`, aim };
  }

  /**
   * Ends a half-received scan as it stands, for layouts without a continuation flag, where a full
   * report followed by silence means the scan had exactly that many bytes.
   */
  finish(): AssembledScan | null {
    return this.parts.length === 0 ? null : this.add({ aim: null, data: Buffer.alloc(0), continues: false });
  }

  /** True while a multi-report scan is half received. */
  isPartial(): boolean {
    return this.parts.length > 0;
  }

  /** Drops a half-received scan, for when the device goes away mid-scan. */
  reset(): void {
    this.parts = [];
    this.aim = null;
  }
}
