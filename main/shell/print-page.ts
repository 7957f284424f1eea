/**
 * Page geometry of a carton label on Electron's silent print path. Electron takes a custom
 * `pageSize` in microns; 4 × 6 in is 101,600 × 152,400 µm (1 in = 25,400 µm).
 */
export const cartonLabelPageSizeMicrons = { width: 101_600, height: 152_400 } as const;

/** Options of `webContents.print` for one carton label: no dialog, no margins, the label's own page size. */
export function cartonLabelPrintOptions(): {
  readonly silent: true;
  readonly printBackground: true;
  readonly pageSize: { readonly width: number; readonly height: number };
  readonly margins: { readonly marginType: 'none' };
} {
  return {
    silent: true,
    printBackground: true,
    pageSize: { ...cartonLabelPageSizeMicrons },
    margins: { marginType: 'none' },
  };
}
