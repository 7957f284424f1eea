import { err, ok, type Result } from '../core/result';
import { findAiAt, fixedValueLength } from '../gs1/ai-dictionary';
import { validateAiValue } from '../gs1/ai-value';
import { finishAiList, type Gs1ReadOptions } from './ai-list';
import type { ApplicationIdentifierValue, ScanError } from './types';

/** ASCII group separator, which scanners send for FNC1 between GS1 fields. */
export const GS = '\u001d';

interface ParsedField {
  readonly pair: ApplicationIdentifierValue;
  /** Index where the value starts, and whether it is of variable length and ran to the end. */
  readonly valueStart: number;
  readonly endedByEndOfData: boolean;
}

function unknownAi(data: string, offset: number): ScanError {
  const part = data.slice(offset, offset + 4);
  return {
    code: 'unknown-ai',
    part,
    message: `No GS1 Application Identifier starts at "${part}" (position ${offset + 1}).`,
  };
}

/** Splits GS-separated AI data into validated fields, without list-level checks. */
function parseFields(data: string, today: Date): Result<ReadonlyArray<ParsedField>, ScanError> {
  const fields: ParsedField[] = [];
  let offset = 0;

  while (offset < data.length) {
    if (data.charAt(offset) === GS) {
      offset += 1;
      continue;
    }

    const definition = findAiAt(data, offset);
    if (definition === undefined) {
      return err(unknownAi(data, offset));
    }

    const valueStart = offset + definition.ai.length;
    const fixedLength = fixedValueLength(definition);
    const separatorIndex = data.indexOf(GS, valueStart);
    const fieldEnd = separatorIndex === -1 ? data.length : separatorIndex;
    const valueEnd = definition.predefinedLength && fixedLength !== null ? Math.min(valueStart + fixedLength, fieldEnd) : fieldEnd;
    const value = data.slice(valueStart, valueEnd);

    if (!definition.predefinedLength && fixedLength !== null && value.length > fixedLength) {
      return err({
        code: 'missing-separator',
        part: `(${definition.ai})${value}`,
        message: `AI (${definition.ai}) has a fixed length of ${fixedLength} but needs a GS separator after it, and none was found.`,
      });
    }

    const validation = validateAiValue(definition, value, today);
    if (!validation.ok) {
      return validation;
    }

    fields.push({
      pair: { ai: definition.ai, value },
      valueStart,
      endedByEndOfData: valueEnd === data.length && fixedLength === null,
    });
    offset = valueEnd;
  }

  return ok(fields);
}

/**
 * True when the fields split off a last value are unlikely to appear by chance inside a serial or
 * lot: two or more fields, or one whose value has a fixed length (a date, a GTIN, a measure).
 * A single short variable-length field such as (10)1 inside serial "HS000101" is what ordinary
 * serials contain, and treating that as ambiguous would reject most correct (01)(21) scans.
 *
 * NOTE: a scanner that drops GS from (21)SN12345 GS (10)ABC still yields the serial
 * "SN1234510ABC" here; the product's serial pattern is the check that catches that case.
 */
function isStrongReading(restData: string, rest: ReadonlyArray<ParsedField>): boolean {
  if (rest.length >= 2) {
    return true;
  }
  const definition = findAiAt(restData, 0);
  return definition !== undefined && fixedValueLength(definition) !== null;
}

/**
 * Looks for another reading of a variable-length last field: a shorter value followed by valid
 * fields of other AIs. Without any GS in the scan that reading is as plausible as the long value,
 * because a scanner that drops GS turns (21)SN12345 GS (17)270331 into one 20-character serial.
 */
function findAlternativeReading(data: string, fields: ReadonlyArray<ParsedField>, today: Date): string | null {
  const last = fields.at(-1);
  if (last === undefined || !last.endedByEndOfData) {
    return null;
  }

  const definition = findAiAt(data, last.valueStart - last.pair.ai.length);
  const otherAis = new Set(fields.map((field) => field.pair.ai));
  for (let split = last.valueStart + 1; definition !== undefined && split < data.length - 2; split += 1) {
    const shorterValue = data.slice(last.valueStart, split);
    if (!validateAiValue(definition, shorterValue, today).ok) {
      continue;
    }

    const rest = parseFields(data.slice(split), today);
    if (rest.ok && rest.value.every((field) => !otherAis.has(field.pair.ai)) && isStrongReading(data.slice(split), rest.value)) {
      const restText = rest.value.map((field) => `(${field.pair.ai})${field.pair.value}`).join('');
      return `(${last.pair.ai})${shorterValue}${restText}`;
    }
  }
  return null;
}

/**
 * Parses a GS1 element string with GS (0x1D) between fields. The caller has already removed any
 * AIM identifier and mapped a configured GS substitute to GS. A leading GS (FNC1 in first
 * position, as some scanners send it) is ignored.
 *
 * When the scan holds no GS at all and its last field is of variable length, the data is
 * rejected as ambiguous-separator if that field could also end early and be followed by other
 * valid fields that are unlikely to occur inside a value by chance (see isStrongReading).
 */
export function parseElementString(
  data: string,
  options: Gs1ReadOptions,
): Result<ReadonlyArray<ApplicationIdentifierValue>, ScanError> {
  if (data.replaceAll(GS, '') === '') {
    return err({ code: 'empty', part: '', message: 'The GS1 element string contains no data.' });
  }

  const parsed = parseFields(data, options.today);
  if (!parsed.ok) {
    return parsed;
  }

  if (!data.includes(GS)) {
    const alternative = findAlternativeReading(data, parsed.value, options.today);
    if (alternative !== null) {
      const last = parsed.value.at(-1)?.pair;
      return err({
        code: 'ambiguous-separator',
        part: `(${last?.ai})${last?.value}`,
        message:
          `AI (${last?.ai}) value "${last?.value}" could also be read as ${alternative}, because the scan contains no GS ` +
          'separator. Set the scanner to send GS (or configure a GS substitute) and scan again.',
      });
    }
  }

  return finishAiList(
    parsed.value.map((field) => field.pair),
    options,
  );
}
