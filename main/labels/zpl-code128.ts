import { type Result, err, ok } from '../core/result';
import type { Gs1SymbolItem } from './zpl-gs1';

/**
 * Code 128 for ZPL `^BC` in no-mode (`N`), with the code sets chosen here rather than by the
 * printer. Choosing them here fixes the symbol width in modules, so the renderer can check it
 * against the width the shared dot-grid layout reserved from bwip-js's encoding. Sets B and C
 * are used, because set A only adds control characters, which labels never print.
 */

type CodeSet = 'B' | 'C';

type Unit = { readonly kind: 'fnc1' } | { readonly kind: 'char'; readonly char: string };

/** `^BC` field data with explicit start, code-set and FNC1 invocations, and its width. */
export interface PlannedCode128 {
  /** Field data before `^FH` escaping, such as `>;>80010950600000000042`. */
  readonly fieldData: string;
  /** Quiet zones excluded: 11 modules per start, data and check symbol plus 13 for stop. */
  readonly widthModules: number;
}

// ZPL invocation codes of `^BC` in no-mode: `>:` start B, `>;` start C, `>6` and `>5` switch
// to B and C, `>8` FNC1, and `><` a literal `>` character.
const startCodes: Record<CodeSet, string> = { B: '>:', C: '>;' };
const switchCodes: Record<CodeSet, string> = { B: '>6', C: '>5' };

function isDigit(unit: Unit | undefined): boolean {
  return unit?.kind === 'char' && unit.char >= '0' && unit.char <= '9';
}

function toUnits(items: ReadonlyArray<Gs1SymbolItem>): Result<ReadonlyArray<Unit>, string> {
  const units: Unit[] = [];
  for (const item of items) {
    if (item.kind === 'fnc1') {
      units.push(item);
      continue;
    }
    for (const char of item.text) {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x20 || code > 0x7e) {
        return err(`Code 128 data may only contain printable ASCII, found U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
      }
      units.push({ kind: 'char', char });
    }
  }
  return ok(units);
}

function setBText(unit: Unit): string {
  if (unit.kind === 'fnc1') {
    return '>8';
  }
  return unit.char === '>' ? '><' : unit.char;
}

interface Step {
  readonly cost: number;
  readonly previous: { readonly index: number; readonly set: CodeSet } | null;
  /** Invocation and data written on the way into this state. */
  readonly output: string;
}

/**
 * Finds the code-set sequence with the fewest symbols (dynamic programming over position and
 * current set) and writes it as `^BC` no-mode field data. Fails on characters outside printable ASCII.
 */
export function planCode128(items: ReadonlyArray<Gs1SymbolItem>): Result<PlannedCode128, string> {
  const converted = toUnits(items);
  if (!converted.ok) {
    return converted;
  }
  const units = converted.value;

  const best: Array<Partial<Record<CodeSet, Step>>> = units.map(() => ({}));
  best.push({});
  const relax = (index: number, set: CodeSet, step: Step): void => {
    const current = best[index]?.[set];
    if (current === undefined || step.cost < current.cost) {
      (best[index] as Partial<Record<CodeSet, Step>>)[set] = step;
    }
  };
  relax(0, 'B', { cost: 1, previous: null, output: startCodes.B });
  relax(0, 'C', { cost: 1, previous: null, output: startCodes.C });

  for (let index = 0; index <= units.length; index += 1) {
    // A switch costs one symbol and consumes nothing. Relaxing both directions once suffices,
    // because switching twice in place never helps.
    for (const [from, to] of [['B', 'C'], ['C', 'B']] as const) {
      const step = best[index]?.[from];
      if (step !== undefined) {
        relax(index, to, { cost: step.cost + 1, previous: { index, set: from }, output: switchCodes[to] });
      }
    }
    const unit = units[index];
    if (unit === undefined) {
      continue;
    }
    const inB = best[index]?.B;
    const inC = best[index]?.C;
    if (inB !== undefined) {
      relax(index + 1, 'B', { cost: inB.cost + 1, previous: { index, set: 'B' }, output: setBText(unit) });
    }
    if (inC !== undefined && unit.kind === 'fnc1') {
      relax(index + 1, 'C', { cost: inC.cost + 1, previous: { index, set: 'C' }, output: '>8' });
    }
    const next = units[index + 1];
    if (inC !== undefined && unit.kind === 'char' && isDigit(unit) && isDigit(next) && next?.kind === 'char') {
      relax(index + 2, 'C', { cost: inC.cost + 1, previous: { index, set: 'C' }, output: `${unit.char}${next.char}` });
    }
  }

  return ok(traceBack(best, units.length));
}

function traceBack(best: ReadonlyArray<Partial<Record<CodeSet, Step>>>, end: number): PlannedCode128 {
  const final = best[end] ?? {};
  const candidates = [final.B, final.C].filter((step): step is Step => step !== undefined);
  let step = candidates.reduce((a, b) => (b.cost < a.cost ? b : a));
  const symbolCount = step.cost;

  const pieces: string[] = [];
  for (;;) {
    pieces.push(step.output);
    if (step.previous === null) {
      break;
    }
    const previous: Step | undefined = best[step.previous.index]?.[step.previous.set];
    if (previous === undefined) {
      throw new Error('Code 128 plan lost its previous step');
    }
    step = previous;
  }

  return { fieldData: pieces.reverse().join(''), widthModules: 11 * (symbolCount + 1) + 13 };
}
