import { type Result, err, ok } from '../core/result';
import type { PrintFormat } from './printer-profiles';

/** A carrier's label file recognised by its content. */
export interface CarrierLabelFile {
  readonly format: PrintFormat;
  /** Number of `^XA…^XZ` labels for ZPL, or 0 for PDF, whose pages are counted when split. */
  readonly zplLabelCount: number;
  /** Print width `^PW` in dots of the first ZPL label that sets one, or null. */
  readonly zplPrintWidthDots: number | null;
}

export type CarrierLabelError = { readonly code: 'carrier-label-format-unknown'; readonly detail: string } | { readonly code: 'carrier-label-zpl-unterminated'; readonly detail: string };

/**
 * Recognises a carrier label as PDF (`%PDF-` header) or ZPL (`^XA` … `^XZ`). Carrier ZPL is sent
 * unchanged, so every `^XA` must have its `^XZ`: an unterminated label would swallow the next
 * job on the printer.
 */
export function recogniseCarrierLabel(bytes: Buffer): Result<CarrierLabelFile, CarrierLabelError> {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    return ok({ format: 'pdf', zplLabelCount: 0, zplPrintWidthDots: null });
  }

  const text = bytes.toString('latin1');
  const starts = text.match(/\^XA/g)?.length ?? 0;
  const ends = text.match(/\^XZ/g)?.length ?? 0;
  if (starts === 0) {
    return err({ code: 'carrier-label-format-unknown', detail: 'The file is neither a PDF nor ZPL (no %PDF- header and no ^XA)' });
  }
  if (starts !== ends || !/\^XZ\s*$/.test(text)) {
    return err({ code: 'carrier-label-zpl-unterminated', detail: `The ZPL has ${starts} ^XA and ${ends} ^XZ, or text after the last ^XZ` });
  }
  const width = /\^PW(\d+)/.exec(text);
  return ok({ format: 'zpl', zplLabelCount: starts, zplPrintWidthDots: width === null ? null : Number(width[1]) });
}
