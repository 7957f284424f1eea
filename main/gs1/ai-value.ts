import { err, ok, type Result } from '../core/result';
import type { ScanError } from '../scan/types';
import type { AiComponentSpec } from './ai-definition';
import type { AiDefinition } from './ai-dictionary';
import { findCharOutsideCharset } from './charsets';
import { runLinter } from './linters';

const CHARSET_NAMES = { N: 'digits', X: 'GS1 character set 82', Y: 'GS1 character set 39', Z: 'base64url characters' } as const;

function describeLength(definition: AiDefinition): string {
  return definition.components
    .map((component) => {
      const length = component.minLength === component.maxLength ? `${component.maxLength}` : `up to ${component.maxLength}`;
      return component.optional ? `optionally ${length}` : length;
    })
    .join(' + ');
}

function checkComponent(
  definition: AiDefinition,
  value: string,
  component: AiComponentSpec,
  text: string,
  today: Date,
): ScanError | null {
  const part = `(${definition.ai})${value}`;

  const outside = findCharOutsideCharset(text, component.charset);
  if (outside !== null) {
    const code = component.charset === 'N' ? 'invalid-ai-value' : 'invalid-character';
    return {
      code,
      part,
      message: `AI (${definition.ai}) value "${value}" contains "${outside}", which is not allowed (expected ${CHARSET_NAMES[component.charset]}).`,
    };
  }

  for (const linter of component.linters) {
    const failure = runLinter(linter, text, today);
    if (failure !== null) {
      const where = text === value ? '' : ` (part "${text}")`;
      return { code: failure.code, part, message: `AI (${definition.ai}) value "${value}"${where} ${failure.reason}.` };
    }
  }
  return null;
}

/**
 * Validates one AI value against its dictionary format: component lengths, character sets and the
 * linters each component names. `today` anchors the two-digit-year window of GS1 dates.
 */
export function validateAiValue(definition: AiDefinition, value: string, today: Date): Result<void, ScanError> {
  const lengthError: ScanError = {
    code: 'invalid-length',
    part: `(${definition.ai})${value}`,
    message: `AI (${definition.ai}) value "${value}" has ${value.length} characters, expected ${describeLength(definition)}.`,
  };

  let offset = 0;
  for (const component of definition.components) {
    if (offset === value.length && component.optional) {
      break;
    }

    const remaining = value.length - offset;
    const isFixed = component.minLength === component.maxLength;
    const take = isFixed ? component.maxLength : Math.min(remaining, component.maxLength);
    if (remaining < component.minLength || (isFixed && remaining < take)) {
      return err(lengthError);
    }

    const failure = checkComponent(definition, value, component, value.slice(offset, offset + take), today);
    if (failure !== null) {
      return err(failure);
    }
    offset += take;
  }

  if (offset !== value.length) {
    return err(lengthError);
  }
  return ok(undefined);
}
