import { err, type Result } from '../core/result';
import { findAiDefinition } from '../gs1/ai-dictionary';
import { validateAiValue } from '../gs1/ai-value';
import { finishAiList, type Gs1ReadOptions } from './ai-list';
import type { ApplicationIdentifierValue, ScanError } from './types';

// An AI in brackets: "(" + two to four digits + ")".
const BRACKETED_AI = /\((\d{2,4})\)/y;

/** True when the text starts like the human-readable GS1 form, such as "(01)...". */
export function looksBracketed(text: string): boolean {
  return /^\(\d{2,4}\)/.test(text);
}

/**
 * Parses the human-readable GS1 form "(01)09506000123455(21)SN000451". A "(" inside a value is
 * written as "\(". An unescaped "(" followed by two to four digits and ")" starts the next AI.
 */
export function parseBracketedElementString(
  text: string,
  options: Gs1ReadOptions,
): Result<ReadonlyArray<ApplicationIdentifierValue>, ScanError> {
  const pairs: ApplicationIdentifierValue[] = [];
  let offset = 0;

  while (offset < text.length) {
    BRACKETED_AI.lastIndex = offset;
    const match = BRACKETED_AI.exec(text);
    if (match === null) {
      const part = text.slice(offset, offset + 6);
      return err({ code: 'unknown-ai', part, message: `Expected an AI in brackets such as "(01)" at "${part}".` });
    }

    const ai = match[1] ?? '';
    const definition = findAiDefinition(ai);
    if (definition === undefined) {
      return err({ code: 'unknown-ai', part: `(${ai})`, message: `(${ai}) is not a GS1 Application Identifier.` });
    }

    let value = '';
    offset = BRACKETED_AI.lastIndex;
    while (offset < text.length && !(text.charAt(offset) === '(' && /^\(\d{2,4}\)/.test(text.slice(offset)))) {
      const escapedBracket = text.startsWith('\\(', offset);
      value += escapedBracket ? '(' : text.charAt(offset);
      offset += escapedBracket ? 2 : 1;
    }

    const validation = validateAiValue(definition, value, options.today);
    if (!validation.ok) {
      return validation;
    }
    pairs.push({ ai, value });
  }

  return finishAiList(pairs, options);
}
