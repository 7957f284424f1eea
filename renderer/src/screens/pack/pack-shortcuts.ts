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
  | 'command-sheet'
  | 'bulk-add'
  | 'export-manifest';

/**
 * Function keys of the pack actions. F1, F5, F11 and F12 are left to the browser (help, reload,
 * full screen, developer tools), and letters are never shortcuts because scanners type them.
 * The command sheet has no key because it is printed once per station, not during packing, and
 * the manifest export has none because it runs once per shipment. Bulk add takes Shift+F2, since
 * F2 to F10 are taken; a scanner never sends a Shift+F-key chord.
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
  'bulk-add': 'Shift+F2',
};

/**
 * Returns the action of a keydown, or null for keys that are no shortcut. Ctrl, Alt and Meta
 * chords are never shortcuts. Shift is part of the shortcut's name (`Shift+F2`).
 */
export function packActionOfKey(key: string, modifiers: { ctrlKey: boolean; altKey: boolean; metaKey: boolean; shiftKey?: boolean }): PackActionId | null {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) {
    return null;
  }
  const chord = modifiers.shiftKey === true ? `Shift+${key}` : key;
  const entry = Object.entries(packShortcutKeys).find(([, shortcut]) => shortcut === chord);
  return entry === undefined ? null : (entry[0] as PackActionId);
}
