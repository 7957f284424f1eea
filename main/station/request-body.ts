import type { IncomingMessage } from 'node:http';
import { maxReturnPhotoBytes } from '../api/channels/return-evidence-channels';
import type { Channel } from '../api/contract';

/** Byte limit of a request body on every channel without its own limit. */
export const defaultRequestLimitBytes = 1024 * 1024;

/**
 * Byte limit of `imports.file` and `returns.importAmazonReport`: each contract allows 70,000,000
 * base64 characters, and the JSON envelope around them adds at most a few hundred bytes, so 80 MB
 * leaves room without being open-ended.
 */
export const importRequestLimitBytes = 80 * 1024 * 1024;

/**
 * Byte limit of `returns.attachPhoto`: the base64 form of the largest photo the desk stores, plus
 * room for the JSON envelope around it.
 */
export const photoRequestLimitBytes = Math.ceil(maxReturnPhotoBytes / 3) * 4 + 64 * 1024;

/** Returns the largest request body, in bytes, the host reads for a channel. */
export function requestLimitBytesOf(channel: Channel | null): number {
  switch (channel) {
    case 'imports.file':
    case 'returns.importAmazonReport':
      return importRequestLimitBytes;
    case 'returns.attachPhoto':
      return photoRequestLimitBytes;
    default:
      return defaultRequestLimitBytes;
  }
}

export type BodyReadResult =
  | { readonly ok: true; readonly body: Buffer }
  | { readonly ok: false; readonly code: 'request-too-large' | 'request-aborted' };

/**
 * Reads a request body up to `limitBytes`. A declared Content-Length over the limit is rejected
 * before any byte is read, and a body that grows past the limit stops being buffered at once.
 */
export function readRequestBody(request: IncomingMessage, limitBytes: number): Promise<BodyReadResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    request.resume();
    return Promise.resolve({ ok: false, code: 'request-too-large' });
  }

  return new Promise((resolvePromise) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (result: BodyReadResult): void => {
      if (!settled) {
        settled = true;
        resolvePromise(result);
      }
    };

    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) {
        chunks.length = 0;
        // Drain the rest without keeping it, so the response can still be written.
        request.removeAllListeners('data');
        request.resume();
        settle({ ok: false, code: 'request-too-large' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => settle({ ok: true, body: Buffer.concat(chunks) }));
    request.on('aborted', () => settle({ ok: false, code: 'request-aborted' }));
    request.on('error', () => settle({ ok: false, code: 'request-aborted' }));
  });
}
