import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';

export type ScaleRead = ResponseOf<'scale.read'>;

/** Maximum wait for one stable reading in main, in milliseconds, before it returns the current one. */
const stableWaitMs = 1500;
const pollPauseMs = 250;

/**
 * Reads the station's carton scale while the calling dialog is open, again and again, so the
 * dialog follows the scale: an unstable reading shows "settling" and a stable one fills the
 * weight. Returns null until the first reply, and a read with `scaleName` null when the station
 * weighs by hand.
 */
export function useCartonScale(): ScaleRead | null {
  const [read, setRead] = useState<ScaleRead | null>(null);

  useEffect(() => {
    let stopped = false;
    const poll = async (): Promise<void> => {
      while (!stopped) {
        const result = await stationBridge()['scale.read']({ waitForStableMs: stableWaitMs });
        if (stopped) {
          return;
        }
        if (!result.ok) {
          setRead({ scaleName: null, connected: false, reading: null });
          return;
        }
        setRead(result.value);
        if (result.value.scaleName === null) {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, pollPauseMs));
      }
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, []);

  return read;
}

/** Returns the weight in kilograms as typed into the dialog, "1.234" for 1234 g. */
export function kilogramsText(grams: number): string {
  return (grams / 1000).toFixed(3);
}
