import type { ScannerTestLine } from '../../../../main/labels/scanner-test-lines';
import type { WedgeCheck } from '../../scan-capture/wedge-check';

/**
 * Verdict on one scanned test line. `advice` names the scanner or Packtrace setting to change,
 * as a key under `devices:check.advice`.
 */
export interface TestLineResult {
  readonly passed: boolean;
  readonly advice: ReadonlyArray<CheckAdvice>;
}

export type CheckAdvice =
  | 'caps-lock-off'
  | 'layout-repaired'
  | 'set-layout-de'
  | 'set-layout-fr'
  | 'layout-unknown'
  | 'gs-missing'
  | 'gs-substitute-unset'
  | 'check-digit-missing'
  | 'wrong-line'
  | 'use-hid-pos';

const aimIdentifier = /^\][A-Za-z][0-9A-Za-z]/;

function swapCase(text: string): string {
  return [...text].map((character) => (character === character.toUpperCase() ? character.toLowerCase() : character.toUpperCase())).join('');
}

/**
 * Names the likely cause of a wrong layout line. The scanner's own layout decides which keys it
 * presses, and Packtrace rebuilds the text on the layout set in its settings. A scanner set to
 * German that Packtrace reads as US swaps Y and Z; one set to French swaps q and a.
 */
function layoutAdvice(received: string, expected: string): ReadonlyArray<CheckAdvice> {
  if (swapCase(received) === expected) {
    return ['caps-lock-off'];
  }
  if (received.includes('ZY')) {
    return ['set-layout-de'];
  }
  if (received.endsWith('aq')) {
    return ['set-layout-fr'];
  }
  return ['layout-unknown'];
}

/**
 * Compares one scan of a test line with what a correctly set up scanner sends. The AIM
 * identifier is ignored and a configured GS substitute is read as GS. A keyboard scan that
 * layout checking repaired passes with a note, because packing would store the right text.
 */
export function evaluateTestScan(
  line: ScannerTestLine,
  scan: { readonly raw: string; readonly check?: WedgeCheck | undefined },
  gsSubstitute: string | null,
): TestLineResult {
  const check = scan.check;
  if (check?.status === 'rejected') {
    return { passed: false, advice: [check.reason === 'caps-lock' ? 'caps-lock-off' : 'layout-unknown'] };
  }

  let received = scan.raw.replace(aimIdentifier, '');
  if (gsSubstitute !== null) {
    received = received.replaceAll(gsSubstitute, '\u001d');
  }
  if (received === line.expected) {
    const notes: CheckAdvice[] = [];
    if (check?.status === 'repaired') {
      notes.push(check.capsLock ? 'caps-lock-off' : 'layout-repaired');
    }
    return { passed: true, advice: notes };
  }

  switch (line.id) {
    case 'layout':
      return { passed: false, advice: layoutAdvice(received, line.expected) };
    case 'gs1-separator':
      if (received === line.expected.replace('\u001d', '')) {
        return { passed: false, advice: gsSubstitute === null ? ['gs-missing', 'gs-substitute-unset', 'use-hid-pos'] : ['gs-missing'] };
      }
      return { passed: false, advice: ['wrong-line'] };
    case 'ean13':
      return { passed: false, advice: received === line.expected.slice(0, 12) ? ['check-digit-missing'] : ['wrong-line'] };
  }
}
