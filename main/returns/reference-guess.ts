import type { ReturnReferenceKind } from './return-terms';

/** A guess at what a typed or scanned reference is, for opening a return when none matches. */
export interface ReferenceGuess {
  readonly referenceKind: ReturnReferenceKind;
  readonly reference: string;
  readonly trackingNumber: string | null;
}

// UPS: "1Z" and 16 letters or digits (shipper number, service code and package number).
const upsTrackingNumber = /^1Z[0-9A-Z]{16}$/;
// NOTE: the "LPN" prefix of Amazon license plate numbers is an assumption, not checked against a filled report.
const amazonLicensePlate = /^LPN[0-9A-Z]{6,}$/;

/**
 * Guesses the kind of a reference: a UPS tracking number, an Amazon license plate number, or
 * else an RMA. The operator confirms or changes the kind before the return is opened.
 */
export function guessReferenceKind(text: string): ReferenceGuess {
  const reference = text.trim();
  const upper = reference.toUpperCase();
  if (upsTrackingNumber.test(upper)) {
    return { referenceKind: 'tracking-number', reference: upper, trackingNumber: upper };
  }
  if (amazonLicensePlate.test(upper)) {
    return { referenceKind: 'amazon-return', reference: upper, trackingNumber: null };
  }
  return { referenceKind: 'rma', reference, trackingNumber: null };
}
