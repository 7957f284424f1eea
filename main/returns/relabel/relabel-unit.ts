import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { LabelDocumentFile } from '../../api/contract';
import { createLogger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';
import type { Translate } from '../../core/translator';
import { fnskuTemplates } from '../../labels/fnsku-templates';
import type { Dpi, LabelDocument } from '../../labels/model';
import { renderLabelPdf } from '../../labels/pdf-renderer';
import { renderLabelSvg } from '../../labels/svg-renderer';
import type { Actor } from '../../packing/actor';
import { writeLabelFile } from '../../packing/carton-label-file';
import type { PrintJob } from '../../printing/print-jobs';
import { type PrintLabelError, printLabelDocument } from '../../printing/print-label';
import { findPrinterProfile } from '../../printing/printer-profiles';
import { appendEvent } from '../../store/events';
import { inWriteTransaction } from '../../store/write-transaction';
import { printerLabelKind, type ReturnLabelKind } from './relabel-plan';
import { buildReturnedUnitLabel, type ReturnedUnitLabelError } from './returned-unit-label';
import { findReturnedUnitLabelData } from './returned-unit-label-data';

const log = createLogger('relabel');

// Amazon's most common FNSKU roll, used when the station has no 'fnsku' printer to match.
const defaultFnskuTemplate = 'roll-2.25x1.25in';

export interface RelabelOptions {
  readonly labelsDir: string;
  readonly dpi: Dpi;
  readonly t: Translate;
}

export type RelabelOutcome =
  | { readonly output: 'queued'; readonly labelKind: ReturnLabelKind; readonly job: PrintJob }
  | { readonly output: 'document'; readonly labelKind: ReturnLabelKind; readonly document: LabelDocumentFile };

export type RelabelError = ReturnedUnitLabelError | PrintLabelError | { readonly code: 'return-unit-not-found'; readonly returnUnitId: number };

/**
 * Prints one label of a unit taken in on a return. When the station has a printer profile for
 * the label's kind the label is queued as a print job, whose media must match the label's size.
 * Otherwise the PDF is written to the labels folder and returned with an SVG preview. Either
 * way a 'unit-label-printed' event records the label on the unit.
 */
export async function relabelReturnedUnit(db: Database.Database, actor: Actor, returnUnitId: number, kind: ReturnLabelKind, options: RelabelOptions): Promise<Result<RelabelOutcome, RelabelError>> {
  const unit = findReturnedUnitLabelData(db, returnUnitId);
  if (unit === undefined) {
    return err({ code: 'return-unit-not-found', returnUnitId });
  }
  const profile = findPrinterProfile(db, actor.stationId, printerLabelKind(kind));
  const label = buildReturnedUnitLabel(unit, kind, { dpi: options.dpi, t: options.t, fnskuLabelSize: fnskuLabelSize(profile) });
  if (!label.ok) {
    log.info('returned unit label rejected', { returnUnitId, labelKind: kind, code: label.error.code });
    return label;
  }

  if (profile !== undefined) {
    const requestKey = `return-label:${returnUnitId}:${kind}:${randomUUID()}`;
    const queued = await printLabelDocument(db, { requestKey, stationId: actor.stationId, operatorId: actor.operatorId, labelKind: profile.labelKind }, label.value);
    if (!queued.ok) {
      log.error('returned unit label not queued', { returnUnitId, labelKind: kind, code: queued.error.code });
      return queued;
    }
    recordLabel(db, actor, unit.unitId, { label: kind, returnId: unit.returnId, returnUnitId, jobId: queued.value.id });
    return ok({ output: 'queued', labelKind: kind, job: queued.value });
  }

  const document = await writeLabelDocument(options.labelsDir, `return-${kind}-${returnUnitId}.pdf`, label.value);
  recordLabel(db, actor, unit.unitId, { label: kind, returnId: unit.returnId, returnUnitId, fileName: document.fileName });
  return ok({ output: 'document', labelKind: kind, document });
}

function fnskuLabelSize(profile: { readonly mediaWidthMm: number; readonly mediaHeightMm: number } | undefined): { readonly widthMm: number; readonly heightMm: number } {
  if (profile !== undefined) {
    return { widthMm: profile.mediaWidthMm, heightMm: profile.mediaHeightMm };
  }
  const template = fnskuTemplates.get(defaultFnskuTemplate);
  if (template === undefined || template.kind !== 'roll') {
    throw new Error(`FNSKU template ${defaultFnskuTemplate} is missing or not a roll`);
  }
  return { widthMm: template.widthMm, heightMm: template.heightMm };
}

async function writeLabelDocument(labelsDir: string, fileName: string, document: LabelDocument): Promise<LabelDocumentFile> {
  const pdf = await renderLabelPdf(document);
  return { ...writeLabelFile(labelsDir, fileName, pdf), previewSvg: renderLabelSvg(document) };
}

function recordLabel(db: Database.Database, actor: Actor, unitId: number, payload: { readonly [key: string]: string | number }): void {
  inWriteTransaction(db, () => appendEvent(db, { type: 'unit-label-printed', stationId: actor.stationId, operatorId: actor.operatorId, unitId, payload }));
}
