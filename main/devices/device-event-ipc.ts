/**
 * Names shared by the Electron main process and the preload for pushing device events to the
 * window. This file must stay free of Node imports because the preload bundles it.
 */

/** IPC channel on which main sends each device event to the window. */
export const deviceEventIpcChannel = 'packtrace:device-event';

/** Global name of the preload's device event subscription, beside the `packtrace` bridge. */
export const deviceEventsGlobalName = 'packtraceDevices';

/** The object the preload exposes: one purpose-named subscription, nothing else. */
export interface DeviceEventSubscription {
  /** Calls `listener` with every device event main sends; returns the unsubscribe function. */
  onDeviceEvent(listener: (event: unknown) => void): () => void;
}
