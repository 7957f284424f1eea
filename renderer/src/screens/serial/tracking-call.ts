import { useState } from 'react';
import type { Channel, OperatorMessage, RequestOf, ResponseOf } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';

/** Calls one channel and keeps its last value or error message, for the tracking screens. */
export function useTrackingCall<C extends Channel>(channel: C) {
  const [value, setValue] = useState<ResponseOf<C> | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  const call = async (request: RequestOf<C>): Promise<ResponseOf<C> | null> => {
    const bridge = stationBridge() as unknown as Record<C, (request: RequestOf<C>) => Promise<{ ok: true; value: ResponseOf<C> } | { ok: false; error: { message: OperatorMessage } }>>;
    const result = await bridge[channel](request);
    if (!result.ok) {
      setProblem(result.error.message);
      return null;
    }
    setProblem(null);
    setValue(result.value);
    return result.value;
  };
  return { value, problem, call, setValue };
}

/** Creates a fresh idempotency key for one scan gesture. */
export function newGestureId(): string {
  return `g-${crypto.randomUUID()}`;
}

/** Offers a base64 file from main as a download. */
export function downloadFile(file: { readonly fileName: string; readonly contentBase64: string }, type: string): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (character) => character.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(url);
}
