/**
 * Builds the text a keyboard-wedge scanner sends for a unit's GS1 DataMatrix with its GTIN
 * (AI 01) and serial (AI 21): the AIM identifier `]d2`, then the element string. AI 21 comes
 * last, so no GS separator is needed after the variable-length serial.
 */
export function gs1UnitScan(gtin: string, serial: string): string {
  return `]d201${gtin}21${serial}`;
}
