import { type Browser, chromium } from '@playwright/test';

/**
 * Debian's headless Chromium, started as the e2e suite starts it, for tests that print label
 * HTML through Chromium's own print pipeline (`page.pdf`), the one behind Electron's
 * `webContents.print`.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PACKTRACE_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Fonts of the page after its load event, as `document.fonts` reports them. */
export interface LoadedFonts {
  readonly status: string;
  readonly faces: ReadonlyArray<{ readonly family: string; readonly status: string }>;
}

interface PageFontSet extends Iterable<{ readonly family: string; readonly status: string }> {
  readonly status: string;
}

/**
 * Loads `html` into a fresh page, waits only for the load event (as Electron's `loadURL` does
 * before the shell prints), then prints it to PDF at the page size its CSS `@page` rule sets.
 */
export async function printHtmlToPdf(browser: Browser, html: string, pageSizeMm: { readonly widthMm: number; readonly heightMm: number }): Promise<{ readonly pdf: Buffer; readonly fonts: LoadedFonts }> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const fonts = await page.evaluate((): LoadedFonts => {
      // The Node type-check has no DOM library, so the page's FontFaceSet is typed by hand here.
      const fontSet = (globalThis as unknown as { document: { fonts: PageFontSet } }).document.fonts;
      return { status: fontSet.status, faces: [...fontSet].map((face) => ({ family: face.family, status: face.status })) };
    });
    const pdf = await page.pdf({ width: `${pageSizeMm.widthMm}mm`, height: `${pageSizeMm.heightMm}mm`, printBackground: true, preferCSSPageSize: true });
    return { pdf, fonts };
  } finally {
    await page.close();
  }
}
