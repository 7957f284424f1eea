import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Reason the camera shows no picture, each with its own message on screen. */
export type CameraProblem = 'unsupported' | 'no-camera' | 'denied' | 'busy' | 'failed';

export type CameraState = { readonly status: 'off' | 'starting' | 'on' } | { readonly status: 'unavailable'; readonly problem: CameraProblem };

/** Maps a getUserMedia rejection to what the operator can act on. */
function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

/**
 * Runs a webcam (video only, never audio) into `video` while the calling component is mounted.
 * `start` requests the camera, `stop` releases it, and unmounting always releases it, also when
 * the camera answers after the component is gone. `capture` takes the current frame as a JPEG.
 */
export function useCamera(video: RefObject<HTMLVideoElement | null>) {
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const stream = useRef<MediaStream | null>(null);
  const mounted = useRef(true);

  const stop = useCallback((): void => {
    for (const track of stream.current?.getTracks() ?? []) {
      track.stop();
    }
    stream.current = null;
    if (video.current !== null) {
      video.current.srcObject = null;
    }
    if (mounted.current) {
      setState({ status: 'off' });
    }
  }, [video]);

  const start = useCallback(async (): Promise<void> => {
    if (navigator.mediaDevices?.getUserMedia === undefined) {
      setState({ status: 'unavailable', problem: 'unsupported' });
      return;
    }
    setState({ status: 'starting' });

    let opened: MediaStream;
    try {
      opened = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false });
    } catch (error) {
      if (mounted.current) {
        setState({ status: 'unavailable', problem: cameraProblemOf(error) });
      }
      return;
    }

    // The operator may have left the screen while the permission was pending.
    if (!mounted.current) {
      for (const track of opened.getTracks()) {
        track.stop();
      }
      return;
    }
    stream.current = opened;
    if (video.current !== null) {
      video.current.srcObject = opened;
      await video.current.play().catch(() => undefined);
    }
    setState({ status: 'on' });
  }, [video]);

  const capture = useCallback(async (): Promise<Blob | null> => {
    const element = video.current;
    if (element === null || stream.current === null || element.videoWidth === 0) {
      return null;
    }
    const canvas = document.createElement('canvas');
    canvas.width = element.videoWidth;
    canvas.height = element.videoHeight;
    canvas.getContext('2d')?.drawImage(element, 0, 0);
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
  }, [video]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      for (const track of stream.current?.getTracks() ?? []) {
        track.stop();
      }
      stream.current = null;
    };
  }, []);

  return { state, start, stop, capture };
}
