import { type Result, err, ok } from '../core/result';

/** A GS1 element string as symbol characters: AI digits and values, with FNC1 where GS1 needs one. */
export type Gs1SymbolItem = { readonly kind: 'fnc1' } | { readonly kind: 'text'; readonly text: string };

// First two digits of the AIs whose value length GS1 predefines, so no FNC1 separator follows
// them. Every other AI ends with FNC1 unless it is last, as GS1-128 and GS1 DataMatrix require.
const predefinedLengthPrefixes: ReadonlySet<string> = new Set([
  '00', '01', '02', '03', '04', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20',
  '31', '32', '33', '34', '35', '36', '41',
]);

/**
 * Splits a bracketed GS1 element string such as `(00)109506000000000429(10)LOT7` into symbol
 * items: a leading FNC1, then each AI with its value, with an FNC1 separator after a value whose
 * AI has no predefined length. Returns an error text for a string that is not bracketed AIs.
 * AI values are checked by the barcode encoder (bwip-js) when the document is validated, not here.
 */
export function gs1SymbolItems(elementString: string): Result<ReadonlyArray<Gs1SymbolItem>, string> {
  const pattern = /\((\d{2,4})\)([^()]+)/gy;
  const items: Gs1SymbolItem[] = [{ kind: 'fnc1' }];
  let consumed = 0;
  const matches = [...elementString.matchAll(pattern)];
  matches.forEach((match, index) => {
    const [whole, ai = '', value = ''] = match;
    consumed += whole.length;
    items.push({ kind: 'text', text: `${ai}${value}` });
    const isLast = index === matches.length - 1;
    if (!isLast && !predefinedLengthPrefixes.has(ai.slice(0, 2))) {
      items.push({ kind: 'fnc1' });
    }
  });

  if (matches.length === 0 || consumed !== elementString.length) {
    return err(`"${elementString}" is not a bracketed GS1 element string such as (01)09506000134352`);
  }
  return ok(items);
}
