// The Node entry point: the package root only resolves under conditions TypeScript's Bundler mode does not set.
import bwipjs from 'bwip-js/node';
import { type Result, err, ok } from '../core/result';
import type { LabelError } from './errors';
import type { LinearSymbology } from './model';

/** One bar of a linear symbol, in modules from the left edge of the first bar. */
export interface ModuleBar {
  readonly startModule: number;
  readonly widthModules: number;
}

/** A linear symbol as bars on a module grid, independent of any printer or output format. */
export interface EncodedLinearSymbol {
  readonly symbology: LinearSymbology;
  readonly bars: ReadonlyArray<ModuleBar>;
  /** Width from the first bar's left edge to the last bar's right edge, quiet zones excluded. */
  readonly widthModules: number;
}

const bwipSymbologyIds: Record<LinearSymbology, string> = {
  code128: 'code128',
  'gs1-128': 'gs1-128',
};

// Sheets repeat one FNSKU hundreds of times, so recent encodings are kept. Entries are immutable.
const encodedCache = new Map<string, EncodedLinearSymbol>();
const encodedCacheLimit = 512;

/**
 * Encodes `data` with bwip-js into bars on a module grid. The bars come from bwip-js's raw
 * encoding (`sbs`: alternating bar and space widths in whole modules), so every edge is a whole
 * module and the renderers scale modules to whole printer dots without rounding. GS1 data is
 * checked by bwip-js as well (AI syntax, check digits); any encoder failure returns
 * `label-barcode-data-invalid`.
 */
export function encodeLinearSymbol(symbology: LinearSymbology, data: string): Result<EncodedLinearSymbol, LabelError> {
  if (data === '') {
    return err({ code: 'label-barcode-data-invalid', symbology, data, reason: 'Barcode data is empty' });
  }
  const cacheKey = `${symbology}\u0000${data}`;
  const cached = encodedCache.get(cacheKey);
  if (cached !== undefined) {
    return ok(cached);
  }

  let widths: ReadonlyArray<number>;
  try {
    widths = spaceBarSequence(bwipjs.raw({ bcid: bwipSymbologyIds[symbology], text: data }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err({ code: 'label-barcode-data-invalid', symbology, data, reason });
  }

  const bars: ModuleBar[] = [];
  let position = 0;
  widths.forEach((width, index) => {
    if (!Number.isInteger(width) || width <= 0) {
      throw new Error(`bwip-js returned a non-integer module width ${width} for ${symbology}`);
    }
    // Even positions are bars and odd positions are spaces, starting with a bar.
    if (index % 2 === 0) {
      bars.push({ startModule: position, widthModules: width });
    }
    position += width;
  });

  const encoded: EncodedLinearSymbol = { symbology, bars, widthModules: position };
  if (encodedCache.size >= encodedCacheLimit) {
    encodedCache.clear();
  }
  encodedCache.set(cacheKey, encoded);
  return ok(encoded);
}

// The two shapes `raw` returns: bar and space widths for linear symbols, a pixel grid for 2D ones.
type RawSymbol = { readonly sbs: ReadonlyArray<number> } | { readonly pixs: ReadonlyArray<number> };

function spaceBarSequence(encoded: ReadonlyArray<RawSymbol>): ReadonlyArray<number> {
  const first = encoded[0];
  if (encoded.length !== 1 || first === undefined || !('sbs' in first)) {
    throw new Error('bwip-js returned no single linear symbol');
  }
  return first.sbs;
}
