import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { contract, type OperatorMessage } from '../../../../main/api/contract';
import englishReturns from '../../../../resources/locales/en/returns.json';

type ZodIssue = z.core.$ZodIssue;

const configSchema = contract['returns.config'].response.shape.config;

/** Value types the schema expects that have their own wording under `settings.issue.expected`. */
const namedTypes: ReadonlyArray<string> = ['string', 'number', 'int', 'object', 'array', 'boolean'];

/**
 * Lists every problem of a configuration file with its path, as messages of the `returns`
 * namespace with main's keys and paths (see `parseReturnConfig`). Main validates with the same
 * schema but sends only the first problem, so the screen lists them all from here. A type or form
 * problem gets its `detail` in the station language through `t`, not the schema's English.
 */
export function configProblems(input: unknown, t: TFunction): ReadonlyArray<OperatorMessage> {
  const parsed = configSchema.safeParse(input);
  if (parsed.success) {
    return [];
  }

  return parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const params = { path: path === '' ? '(root)' : path };
    // The schema reports each cross-field problem as a custom issue whose message is its code.
    if (issue.code === 'custom' && issue.message in englishReturns.config) {
      return { key: `returns:config.${issue.message}`, params: { ...params, detail: issue.message } };
    }
    return { key: 'returns:config.invalid-value', params: { ...params, detail: issueDetail(issue, input, t) } };
  });
}

/**
 * Says in the station language what is wrong with a value. Issue kinds this schema cannot raise
 * (unions, dates and others) have no wording and keep the schema's English text.
 */
function issueDetail(issue: ZodIssue, input: unknown, t: TFunction): string {
  switch (issue.code) {
    case 'invalid_type':
      if (!isPresent(input, issue.path)) {
        return t('returns-desk:settings.issue.missing');
      }
      return namedTypes.includes(issue.expected) ? t(`returns-desk:settings.issue.expected.${issue.expected}`) : issue.message;
    case 'too_small':
      if (issue.origin === 'array') {
        return t('returns-desk:settings.issue.tooFewEntries', { count: Number(issue.minimum) });
      }
      return issue.origin === 'string' ? t('returns-desk:settings.issue.empty') : t('returns-desk:settings.issue.tooLow', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') {
        return t('returns-desk:settings.issue.tooManyEntries', { count: Number(issue.maximum) });
      }
      return issue.origin === 'string' ? t('returns-desk:settings.issue.tooLong', { count: Number(issue.maximum) }) : t('returns-desk:settings.issue.tooHigh', { maximum: Number(issue.maximum) });
    case 'invalid_value':
      return t('returns-desk:settings.issue.oneOf', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return t('returns-desk:settings.issue.unknownFields', { fields: issue.keys.join(', ') });
    // Question and option ids are the only strings of the schema with a pattern, also as record keys.
    case 'invalid_format':
    case 'invalid_key':
      return t('returns-desk:settings.issue.idFormat');
    default:
      return issue.message;
  }
}

/** Returns true when the input has a value at the issue's path, null included. */
function isPresent(input: unknown, path: ReadonlyArray<PropertyKey>): boolean {
  let node: unknown = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node)) {
      return false;
    }
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== undefined;
}
