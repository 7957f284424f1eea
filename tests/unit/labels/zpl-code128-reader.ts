/**
 * Reads `^BC` no-mode field data the way the ZPL II invocation table defines it, to check the
 * renderer's Code 128 without a printer: `>:`/`>;` start B/C, `>5` Code C, `>6` Code B (from C),
 * `>8` FNC1, `><` a literal `>`. Returns what a scanner would read (FNC1 after the start as the
 * `]C1` prefix, later FNC1 as GS) and the symbol width in modules.
 *
 * The rendered image cannot check this. zebrash, the renderer inside zpl-renderer-js 3.4.0,
 * encodes `>5` in subset B as the current set's value (100, FNC4) instead of Code C (99). So an
 * image of a symbol that switches from B to C scans wrong although the ZPL is right.
 */
export function readCode128FieldData(fieldData: string): { readonly text: string; readonly gs1: boolean; readonly widthModules: number } {
  let set: 'B' | 'C';
  if (fieldData.startsWith('>:')) {
    set = 'B';
  } else if (fieldData.startsWith('>;')) {
    set = 'C';
  } else {
    throw new Error(`field data has no start code: ${fieldData}`);
  }

  let symbols = 1;
  let text = '';
  let gs1 = false;
  for (let index = 2; index < fieldData.length; ) {
    const char = fieldData[index] ?? '';
    if (char === '>') {
      const code = fieldData[index + 1];
      symbols += 1;
      index += 2;
      if (code === '8') {
        if (symbols === 2) {
          gs1 = true;
        } else {
          text += '\u001d';
        }
      } else if (code === '5' && set === 'B') {
        set = 'C';
      } else if (code === '6' && set === 'C') {
        set = 'B';
      } else if (code === '<' && set === 'B') {
        text += '>';
      } else {
        throw new Error(`unexpected invocation >${code} in subset ${set}`);
      }
      continue;
    }
    symbols += 1;
    if (set === 'C') {
      const pair = fieldData.slice(index, index + 2);
      if (!/^\d\d$/.test(pair)) {
        throw new Error(`subset C needs digit pairs, got ${pair}`);
      }
      text += pair;
      index += 2;
    } else {
      text += char;
      index += 1;
    }
  }

  // Start, data and check symbols are 11 modules each, the stop symbol 13.
  return { text, gs1, widthModules: 11 * (symbols + 1) + 13 };
}
