import { useEffect, useRef } from 'react';
import type { CapturedScan } from '../scan-capture/keyboard-listener';

type ScanHandler = (scan: CapturedScan) => void;

/** Handlers of the mounted screens and dialogs; the last one mounted receives scans. */
const handlers: ScanHandler[] = [];

/**
 * Hands a committed scan to the screen or dialog on top. Returns false when nothing takes scans
 * (sign-in, first start), so the listener can type the text into the focused field instead.
 */
export function routeScan(scan: CapturedScan): boolean {
  const current = handlers.at(-1);
  if (current === undefined) {
    return false;
  }
  current(scan);
  return true;
}

/**
 * Makes `handler` receive every scan while the calling component is mounted. A dialog that
 * registers on top of its screen gets the scans until it unmounts, and then the screen gets them
 * again. The latest handler is read through a ref, so a component can pass a new closure on each
 * render without re-registering.
 */
export function useScanHandler(handler: ScanHandler): void {
  const latest = useRef(handler);
  latest.current = handler;

  useEffect(() => {
    const forward: ScanHandler = (scan) => latest.current(scan);
    handlers.push(forward);
    return () => {
      const index = handlers.lastIndexOf(forward);
      if (index !== -1) {
        handlers.splice(index, 1);
      }
    };
  }, []);
}
