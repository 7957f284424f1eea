import { err, ok, type Result } from '../core/result';
import type { ScanError } from '../scan/types';
import { findAiDefinition } from './ai-dictionary';

/** True when an AI matches a dictionary pattern, where each trailing "n" stands for one digit. */
export function aiMatchesPattern(ai: string, pattern: string): boolean {
  if (ai.length !== pattern.length) {
    return false;
  }
  for (let index = 0; index < pattern.length; index += 1) {
    const expected = pattern.charAt(index);
    const actual = ai.charAt(index);
    if (expected === 'n' ? !/\d/.test(actual) : expected !== actual) {
      return false;
    }
  }
  return true;
}

function isPresent(ais: ReadonlyArray<string>, pattern: string): boolean {
  return ais.some((ai) => aiMatchesPattern(ai, pattern));
}

/**
 * Checks the dictionary's mandatory (`req=`) and invalid (`ex=`) AI pairings over a set of AIs.
 * GS1 evaluates pairings over everything read from all carriers of one item, so callers that
 * combine several scans of an item can pass the union of their AIs here.
 */
export function checkAiPairings(ais: ReadonlyArray<string>): Result<void, ScanError> {
  for (const ai of ais) {
    const definition = findAiDefinition(ai);
    if (definition === undefined) {
      continue;
    }

    for (const pattern of definition.excludes) {
      const conflicting = ais.find((other) => other !== ai && aiMatchesPattern(other, pattern));
      if (conflicting !== undefined) {
        return err({
          code: 'invalid-pairing',
          part: `(${ai})(${conflicting})`,
          message: `AI (${ai}) must not appear together with AI (${conflicting}).`,
        });
      }
    }

    for (const rule of definition.requires) {
      const satisfied = rule.some((group) => group.every((pattern) => isPresent(ais, pattern)));
      if (!satisfied) {
        const options = rule.map((group) => group.map((pattern) => `(${pattern})`).join(' with ')).join(' or ');
        return err({
          code: 'invalid-pairing',
          part: `(${ai})`,
          message: `AI (${ai}) requires ${options} in the same scan.`,
        });
      }
    }
  }
  return ok(undefined);
}
