/** The fields of an Amazon return label's QR code that find a return. */
export interface ReturnLabelQr {
  /** The carrier's tracking number, a UPS 1Z number on the sample labels. */
  readonly trackingNumber: string;
  readonly rma: string;
}

/**
 * Reads the text of an Amazon return label's QR code: pipe-separated fields, the carrier's
 * tracking number first and the RMA second, then the E-code, the returns centre's address and
 * item details. Returns null for any other text, including a plain typed reference.
 */
export function parseReturnLabelQr(text: string): ReturnLabelQr | null {
  const fields = text.trim().split('|');
  if (fields.length < 3) {
    return null;
  }

  const trackingNumber = (fields[0] ?? '').trim();
  const rma = (fields[1] ?? '').trim();
  const plausible = /^[A-Za-z0-9]{6,40}$/;
  if (!plausible.test(trackingNumber) || !plausible.test(rma)) {
    return null;
  }
  return { trackingNumber: trackingNumber.toUpperCase(), rma };
}
