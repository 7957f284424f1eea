import { ok, type Result } from '../core/result';
import type { Gs1ReadOptions } from './ai-list';
import { extractGs1Fields } from './gs1-fields';
import type { ApplicationIdentifierValue, ScanError, ScanValue, Symbology } from './types';

/**
 * Builds the scan value for validated GS1 data. Data with nothing but an SSCC (00) or a GTIN (01)
 * becomes kind 'sscc' or 'gtin', so callers see one shape per key however it was encoded.
 * Everything else is kind 'gs1'.
 */
export function toGs1ScanValue(
  parsed: Result<ReadonlyArray<ApplicationIdentifierValue>, ScanError>,
  source: 'element-string' | 'digital-link',
  symbology: Symbology,
  options: Gs1ReadOptions,
): Result<ScanValue, ScanError> {
  if (!parsed.ok) {
    return parsed;
  }

  const ais = parsed.value;
  const only = ais.length === 1 ? ais[0] : undefined;
  if (only?.ai === '00') {
    return ok({ kind: 'sscc', symbology, sscc: only.value });
  }
  if (only?.ai === '01') {
    return ok({ kind: 'gtin', symbology, gtin: only.value });
  }
  return ok({ kind: 'gs1', source, symbology, ais, fields: extractGs1Fields(ais, options.today) });
}
