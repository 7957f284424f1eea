import type { Channel, OperatorMessage, RequestOf, ResponseOf } from '../../../main/api/contract';
import { stationBridge } from '../api/client';

/** A channel's value, or the operator message main sent with its error. */
export type CallOutcome<C extends Channel> = { readonly ok: true; readonly value: ResponseOf<C> } | { readonly ok: false; readonly message: OperatorMessage };

/**
 * Calls one channel of the returns desk and flattens the result to a value or a message, so
 * the desk's stores keep one shape for every call.
 */
export async function callChannel<C extends Channel>(channel: C, request: RequestOf<C>): Promise<CallOutcome<C>> {
  const call = stationBridge()[channel] as (request: RequestOf<C>) => Promise<{ ok: true; value: ResponseOf<C> } | { ok: false; error: { message: OperatorMessage } }>;
  const result = await call(request);
  if (!result.ok) {
    return { ok: false, message: result.error.message };
  }
  return { ok: true, value: result.value };
}

/** Reads a file the operator chose as base64, for channels that carry file bytes. */
export async function fileAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode under the engine's argument limit for large photos.
  const chunkSize = 0x8000;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}
