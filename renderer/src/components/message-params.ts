import type { OperatorMessage } from '../../../main/api/contract';

type MessageParams = OperatorMessage['params'];

const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Returns the params of a message from main with every time shown in the station language. Main
 * names a time param `…At` and sends an ISO 8601 timestamp. Other params pass through unchanged.
 */
export function localizeTimeParams(params: MessageParams, language: string): MessageParams {
  const localized: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    localized[name] = name.endsWith('At') && typeof value === 'string' && isoTimestamp.test(value) ? new Date(value).toLocaleString(language) : value;
  }
  return localized;
}
