import type { ResponseOf } from '../../../../main/api/contract';

export type PrinterProfileEntry = ResponseOf<'printing.profiles'>[number];

/** One option of a printer or label profile list. `configured` is false for a stored name that no profile has any more. */
export interface PrinterChoice {
  readonly value: string;
  readonly configured: boolean;
}

function withStored(values: ReadonlyArray<string>, stored: string | null): ReadonlyArray<PrinterChoice> {
  const unique = [...new Set(values)].sort((left, right) => left.localeCompare(right));
  const choices: PrinterChoice[] = unique.map((value) => ({ value, configured: true }));
  // A stored choice stays selectable after its profile was removed, so saving other settings does not drop it silently.
  if (stored !== null && !unique.includes(stored)) {
    choices.push({ value: stored, configured: false });
  }
  return choices;
}

/** Lists the printer names of the station's printer profiles, each once, plus the stored name when no profile has it. */
export function printerNameChoices(profiles: ReadonlyArray<PrinterProfileEntry>, stored: string | null): ReadonlyArray<PrinterChoice> {
  return withStored(
    profiles.map((profile) => profile.printerName),
    stored,
  );
}

/** Lists the label kinds that have a printer profile, plus the stored label profile when none has it. */
export function labelProfileChoices(profiles: ReadonlyArray<PrinterProfileEntry>, stored: string | null): ReadonlyArray<PrinterChoice> {
  return withStored(
    profiles.map((profile) => profile.labelKind),
    stored,
  );
}
