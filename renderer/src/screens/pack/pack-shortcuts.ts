/** Actions of the pack screen that buttons, function keys and command barcodes trigger. */
export type PackActionId =
  | 'new-carton'
  | 'close-carton'
  | 'undo-last-scan'
  | 'remove-unit'
  | 'reopen-carton'
  | 'print-label'
  | 'finish-shipment'
  | 'short-ship'
  | 'command-sheet';

/**
 * Function keys of the pack actions. F1, F5, F11 and F12 are left to the browser (help, reload,
 * full screen, developer tools), and letters are never shortcuts because scanners type them.
 * The command sheet has no key because it is printed once per station, not during packing.
 */
export const packShortcutKeys: Readonly<Partial<Record<PackActionId, string>>> = {
  'new-carton': 'F2',
  'close-carton': 'F3',
  'undo-last-scan': 'F4',
  'remove-unit': 'F6',
  'reopen-carton': 'F7',
  'print-label': 'F8',
  'finish-shipment': 'F9',
  'short-ship': 'F10',
};

/** Returns the action of a keydown, or null for keys that are no shortcut (modifier chords included). */
export function packActionOfKey(key: string, modifiers: { ctrlKey: boolean; altKey: boolean; metaKey: boolean }): PackActionId | null {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) {
    return null;
  }
  const entry = Object.entries(packShortcutKeys).find(([, shortcut]) => shortcut === key);
  return entry === undefined ? null : (entry[0] as PackActionId);
}
