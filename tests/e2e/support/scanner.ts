import type { Page } from '@playwright/test';

/** Pause between the keys of one scan, in milliseconds: a wedge scanner sends a few ms apart. */
const scannerKeyDelayMs = 2;

const groupSeparator = '\u001d';

/**
 * Types `text` the way a keyboard-wedge scanner does: one fast burst ending in Enter. A GS
 * character (GS1 FNC1 separator) is sent as Ctrl+], as scanners in control-character mode do.
 */
export async function scanWithWedge(page: Page, text: string): Promise<void> {
  const parts = text.split(groupSeparator);
  for (const [index, part] of parts.entries()) {
    if (part.length > 0) {
      await page.keyboard.type(part, { delay: scannerKeyDelayMs });
    }
    if (index < parts.length - 1) {
      await page.keyboard.press('Control+BracketRight');
    }
  }
  await page.keyboard.press('Enter');
}
