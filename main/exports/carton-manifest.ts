import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { findShipmentById } from '../store/shipments';
import { writeManifestCsv } from './manifest-csv';
import { listManifestRows } from './manifest-rows';
import { writeManifestXlsx } from './manifest-xlsx';

export type ManifestFormat = 'csv' | 'xlsx';

export interface ManifestFile {
  readonly fileName: string;
  readonly content: Uint8Array;
}

export interface ManifestError {
  readonly code: 'shipment-not-found';
  readonly shipmentId: number;
}

/** Builds the download name: `manifest-<reference>.<format>`, with characters unsafe in file names replaced by '_'. */
export function manifestFileName(reference: string, format: ManifestFormat): string {
  const safeReference = reference.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 100);
  return `manifest-${safeReference}.${format}`;
}

/** Writes the carton manifest of a shipment as CSV or XLSX; fails with 'shipment-not-found' for an unknown id. */
export async function exportCartonManifest(db: Database.Database, shipmentId: number, format: ManifestFormat): Promise<Result<ManifestFile, ManifestError>> {
  const shipment = findShipmentById(db, shipmentId);
  if (shipment === undefined) {
    return err({ code: 'shipment-not-found', shipmentId });
  }

  const rows = listManifestRows(db, shipmentId);
  const content = format === 'csv' ? new TextEncoder().encode(writeManifestCsv(rows)) : await writeManifestXlsx(rows);
  return ok({ fileName: manifestFileName(shipment.reference, format), content });
}
