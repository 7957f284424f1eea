import type Database from 'better-sqlite3';
import { type Result, ok } from '../core/result';
import { neutralizeFormula } from '../exports/manifest-csv';
import { formatFbaBoxId } from '../scan/fba-box-id';
import { listCartonsOfShipment } from '../store/cartons';
import { type FbaBoxError, findBoxMeasurements, findFbaShipment, readScannedBoxContent } from './fba-boxes';

const header = ['box_id', 'box_number', 'fnsku', 'sku', 'quantity', 'expiry_yymmdd', 'box_weight_g', 'box_length_mm', 'box_width_mm', 'box_height_mm'];

function quoteCell(text: string): string {
  return `"${neutralizeFormula(text).replace(/"/g, '""')}"`;
}

/**
 * Exports the content of every box of an FBA shipment as CSV: one row per box and FNSKU (and
 * expiry), with the box's measurements repeated on each of its rows and empty when not
 * measured. Every cell is quoted text, lines end in CRLF and the file starts with a UTF-8 byte
 * order mark, as the carton manifest export does. Fails when any box contains a product without FNSKU.
 *
 * NOTE: the fba.boxContentCsv channel offers this export, but the command line does not.
 */
export function exportBoxContentCsv(db: Database.Database, shipmentIdRaw: string): Result<string, FbaBoxError> {
  const shipment = findFbaShipment(db, shipmentIdRaw);
  if (!shipment.ok) {
    return shipment;
  }

  const lines = [header.map(quoteCell).join(',')];
  for (const carton of listCartonsOfShipment(db, shipment.value.id)) {
    const content = readScannedBoxContent(db, carton.id);
    if (!content.ok) {
      return content;
    }
    const measured = findBoxMeasurements(db, carton.id);
    const boxId = formatFbaBoxId({ shipmentId: shipment.value.reference, boxNumber: carton.number });
    const measurementCells = measured === null ? ['', '', '', ''] : [measured.weightGrams, measured.lengthMm, measured.widthMm, measured.heightMm].map(String);
    for (const line of content.value) {
      const cells = [boxId, String(carton.number), line.fnsku, line.sku, String(line.quantity), line.expiry ?? '', ...measurementCells];
      lines.push(cells.map(quoteCell).join(','));
    }
  }
  return ok(`\uFEFF${lines.join('\r\n')}\r\n`);
}
