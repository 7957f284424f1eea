import { err, ok, type Result } from '../core/result';
import { readDecimalAi } from '../gs1/decimal';
import { checkAiPairings } from '../gs1/pairings';
import type { ApplicationIdentifierValue, ScanError } from './types';

/** Settings shared by every GS1 reader (element string, bracketed form, Digital Link). */
export interface Gs1ReadOptions {
  /** Anchors the two-digit-year window of GS1 dates. */
  readonly today: Date;
  /** Whether to enforce the dictionary's req= and ex= pairings on the AIs of this one scan. */
  readonly checkPairings: boolean;
}

/**
 * Finishes a list of AI values that are each already valid: drops exact repeats, rejects an AI
 * given twice with different values, checks pairings when asked, and adds decimal readings.
 */
export function finishAiList(
  pairs: ReadonlyArray<ApplicationIdentifierValue>,
  options: Gs1ReadOptions,
): Result<ReadonlyArray<ApplicationIdentifierValue>, ScanError> {
  const byAi = new Map<string, ApplicationIdentifierValue>();
  for (const pair of pairs) {
    const earlier = byAi.get(pair.ai);
    if (earlier !== undefined && earlier.value !== pair.value) {
      return err({
        code: 'duplicate-ai',
        part: `(${pair.ai})${earlier.value}(${pair.ai})${pair.value}`,
        message: `AI (${pair.ai}) appears twice with different values "${earlier.value}" and "${pair.value}".`,
      });
    }
    byAi.set(pair.ai, pair);
  }

  const ais = [...byAi.values()];
  if (options.checkPairings) {
    const pairing = checkAiPairings(ais.map((pair) => pair.ai));
    if (!pairing.ok) {
      return pairing;
    }
  }

  return ok(ais.map((pair) => ({ ...pair, ...readDecimalAi(pair.ai, pair.value) })));
}
