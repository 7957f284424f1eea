import { readYymmddDate } from '../gs1/dates';
import { normalizeSerial } from './serial';
import type { ApplicationIdentifierValue, Gs1Fields } from './types';

/**
 * Pulls out the fields packing and tracking use: GTIN from (01) or else (02), serial (21)
 * through normalizeSerial, lot (10), expiry (17) as an ISO date, and SSCC (00). The values must
 * already be valid for their AIs.
 */
export function extractGs1Fields(ais: ReadonlyArray<ApplicationIdentifierValue>, today: Date): Gs1Fields {
  const valueOf = (ai: string): string | undefined => ais.find((pair) => pair.ai === ai)?.value;

  const gtin = valueOf('01') ?? valueOf('02');
  const serial = valueOf('21');
  const lot = valueOf('10');
  const expiryDigits = valueOf('17');
  const expiry = expiryDigits === undefined ? null : readYymmddDate(expiryDigits, true, today);
  const sscc = valueOf('00');

  return {
    ...(gtin === undefined ? {} : { gtin }),
    ...(serial === undefined ? {} : { serial: normalizeSerial(serial) }),
    ...(lot === undefined ? {} : { lot }),
    ...(expiry === null ? {} : { expiry }),
    ...(sscc === undefined ? {} : { sscc }),
  };
}
