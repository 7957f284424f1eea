import { assertNever } from '../core/assert';
import type { Result } from '../core/result';
import type { ScanError, ScanValue } from './types';

/**
 * Builds the JSON object the command line prints for one decoded scan:
 * `{"ok":true,"kind":...,"symbology":{"aim":...,"name":...},"ais":[{"ai":"01","value":"..."}],...}`
 * with the kind's own fields after "ais" (which is empty for kinds without AIs), or
 * `{"ok":false,"error":{"code":...,"message":...,"part":...}}`.
 */
export function formatScanParseJson(result: Result<ScanValue, ScanError>): object {
  if (!result.ok) {
    const { code, message, part } = result.error;
    return { ok: false, error: { code, message, part } };
  }

  const scan = result.value;
  const head = { ok: true, kind: scan.kind, symbology: { aim: scan.symbology.aim, name: scan.symbology.name } };
  switch (scan.kind) {
    case 'gs1':
      return { ...head, ais: scan.ais.map((pair) => ({ ...pair })), source: scan.source, fields: { ...scan.fields } };
    case 'gtin':
      return { ...head, ais: [], gtin: scan.gtin };
    case 'sscc':
      return { ...head, ais: [], sscc: scan.sscc };
    case 'fnsku':
      return { ...head, ais: [], fnsku: scan.fnsku };
    case 'fba-box-id':
      return { ...head, ais: [], shipmentId: scan.shipmentId, boxNumber: scan.boxNumber };
    case 'command':
      return { ...head, ais: [], command: scan.command };
    case 'serial':
      return { ...head, ais: [], serial: scan.serial };
    default:
      return assertNever(scan, 'scan kind');
  }
}
