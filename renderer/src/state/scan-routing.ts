import { useEffect, useRef } from 'react';
import type { CapturedScan } from '../scan-capture/keyboard-listener';

type ScanHandler = (scan: CapturedScan) => void;

let currentHandler: ScanHandler | null = null;

/**
 * Hands a committed scan to the screen on display. Returns false when that screen takes no scans
 * (sign-in, first start), so the listener can type the text into the focused field instead.
 */
export function routeScan(scan: CapturedScan): boolean {
  if (currentHandler === null) {
    return false;
  }
  currentHandler(scan);
  return true;
}

/**
 * Makes `handler` receive every scan while the calling screen is mounted. The latest handler is
 * read through a ref, so a screen can pass a new closure on each render without re-registering.
 */
export function useScanHandler(handler: ScanHandler): void {
  const latest = useRef(handler);
  latest.current = handler;

  useEffect(() => {
    const forward: ScanHandler = (scan) => latest.current(scan);
    currentHandler = forward;
    return () => {
      if (currentHandler === forward) {
        currentHandler = null;
      }
    };
  }, []);
}
