import type { ServiceError } from '../contract';
import { serviceError } from './service-support';

/**
 * Any evidence, relabelling or report failure as a service error: the code, and the fields that
 * are text or numbers as the message's parameters. Each code has a sentence in the
 * 'return-evidence' namespace under `error.<code>`.
 */
export function returnEvidenceError(error: { readonly code: string; readonly [field: string]: unknown }): ServiceError {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error)) {
    if (name === 'code') continue;
    if (typeof value === 'string') params[name] = value;
    if (typeof value === 'number') params[name] = value;
  }
  return serviceError(error.code, { key: `return-evidence:error.${error.code}`, params });
}
