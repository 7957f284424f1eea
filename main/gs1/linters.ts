import type { ScanErrorCode } from '../scan/types';
import { hasValidCheckCharacterPair } from './check-character-pair';
import { hasValidGs1CheckDigit } from './check-digit';
import { isHour, isMinuteOrSecond, readYymmddDate, readYyyymmddDate } from './dates';
import { isIsoAlpha2CountryCode, isIsoNumericCountryCode, isIsoNumericCurrencyCode } from './iso-codes';

/** Why a component failed a linter: the error code and an English reason without the AI. */
export interface LintFailure {
  readonly code: ScanErrorCode;
  readonly reason: string;
}

type Linter = (component: string, today: Date) => LintFailure | null;

const valueFailure = (reason: string): LintFailure => ({ code: 'invalid-ai-value', reason });
const dateFailure = (reason: string): LintFailure => ({ code: 'invalid-date', reason });

function checkIban(component: string): LintFailure | null {
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]{1,30}$/.test(component) || !isIsoAlpha2CountryCode(component.slice(0, 2))) {
    return valueFailure('is not an IBAN (country code, two check digits, up to 30 letters or digits)');
  }

  // ISO 13616: move the first four characters to the end, letters become 10 to 35, mod 97 gives 1.
  const rearranged = component.slice(4) + component.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const digits = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of digits) {
      remainder = (remainder * 10 + Number(digit)) % 97;
    }
  }
  return remainder === 1 ? null : valueFailure('has wrong IBAN check digits');
}

function checkPieceOfTotal(component: string): LintFailure | null {
  const piece = Number(component.slice(0, component.length / 2));
  const total = Number(component.slice(component.length / 2));
  return piece >= 1 && total >= 1 && piece <= total ? null : valueFailure('is not a valid "piece of total" number');
}

function checkPositionInSequence(component: string): LintFailure | null {
  const match = /^(\d+)\/(\d+)$/.exec(component);
  const position = Number(match?.[1]);
  const total = Number(match?.[2]);
  return match !== null && position >= 1 && position <= total ? null : valueFailure('is not a position such as "1/3"');
}

const LINTERS: Readonly<Record<string, Linter>> = {
  csum: (component) => (hasValidGs1CheckDigit(component) ? null : { code: 'invalid-check-digit', reason: 'has a wrong check digit' }),
  csumalpha: (component) =>
    hasValidCheckCharacterPair(component) ? null : { code: 'invalid-check-digit', reason: 'has a wrong check character pair' },
  yymmd0: (component, today) => (readYymmddDate(component, true, today) === null ? dateFailure('is not a date (YYMMDD, day 00 allowed)') : null),
  yymmdd: (component, today) => (readYymmddDate(component, false, today) === null ? dateFailure('is not a date (YYMMDD)') : null),
  yyyymmdd: (component) => (readYyyymmddDate(component) === null ? dateFailure('is not a date (YYYYMMDD)') : null),
  hhmi: (component) =>
    isHour(component.slice(0, 2)) && isMinuteOrSecond(component.slice(2, 4)) ? null : dateFailure('is not a time (HHMM)'),
  hh: (component) => (isHour(component) ? null : dateFailure('is not an hour (00 to 23)')),
  mi: (component) => (isMinuteOrSecond(component) ? null : dateFailure('is not a minute (00 to 59)')),
  ss: (component) => (isMinuteOrSecond(component) ? null : dateFailure('is not a second (00 to 59)')),
  iso3166: (component) => (isIsoNumericCountryCode(component) ? null : valueFailure('is not an ISO 3166 numeric country code')),
  iso3166999: (component) =>
    component === '999' || isIsoNumericCountryCode(component) ? null : valueFailure('is neither an ISO 3166 numeric country code nor 999'),
  iso3166alpha2: (component) => (isIsoAlpha2CountryCode(component) ? null : valueFailure('is not an ISO 3166 alpha-2 country code')),
  iso4217: (component) => (isIsoNumericCurrencyCode(component) ? null : valueFailure('is not an ISO 4217 numeric currency code')),
  iso5218: (component) => (/^[0129]$/.test(component) ? null : valueFailure('is not an ISO 5218 sex code (0, 1, 2 or 9)')),
  zero: (component) => (/^0+$/.test(component) ? null : valueFailure('must be zero')),
  nonzero: (component) => (/^0+$/.test(component) ? valueFailure('must not be zero') : null),
  yesno: (component) => (/^[01]$/.test(component) ? null : valueFailure('must be 0 (no) or 1 (yes)')),
  hyphen: (component) => (/^-+$/.test(component) ? null : valueFailure('must be a hyphen')),
  winding: (component) => (/^[019]$/.test(component) ? null : valueFailure('is not a winding direction (0, 1 or 9)')),
  mediatype: (component) => {
    const code = Number(component);
    return (code >= 1 && code <= 10) || (code >= 80 && code <= 99) ? null : valueFailure('is not an AIDC media type (01 to 10, 80 to 99)');
  },
  pieceoftotal: checkPieceOfTotal,
  posinseqslash: checkPositionInSequence,
  latitude: (component) => (Number(component) <= 1_800_000_000 ? null : valueFailure('is not a latitude (0 to 1800000000)')),
  longitude: (component) => (Number(component) <= 3_600_000_000 ? null : valueFailure('is not a longitude (0 to 3600000000)')),
  nozeroprefix: (component) => (component.length > 1 && component.startsWith('0') ? valueFailure('must not start with 0') : null),
  hasnondigit: (component) => (/\D/.test(component) ? null : valueFailure('must contain a character other than a digit')),
  importeridx: (component) => (/^[0-9A-Za-z_-]$/.test(component) ? null : valueFailure('is not an importer index character')),
  pcenc: (component) => (/%(?![0-9A-Fa-f]{2})/.test(component) ? valueFailure('has an invalid percent escape') : null),
  iban: checkIban,
};

/**
 * Linters that are deliberately not run.
 * NOTE: gcppos1/gcppos2 need the GS1 Company Prefix length table. packagetype needs the UN/ECE
 * package type code list, and couponcode and couponposoffer need the coupon data structure.
 * Components with these linters are checked only for their character set and length.
 */
export const SKIPPED_LINTERS: ReadonlySet<string> = new Set(['gcppos1', 'gcppos2', 'packagetype', 'couponcode', 'couponposoffer']);

/** Runs one named linter; returns null when the component passes or the linter is skipped. */
export function runLinter(name: string, component: string, today: Date): LintFailure | null {
  const linter = LINTERS[name];
  if (linter === undefined) {
    return null;
  }
  return linter(component, today);
}

/** True when this module implements the named linter or skips it on purpose. */
export function isKnownLinter(name: string): boolean {
  return name in LINTERS || SKIPPED_LINTERS.has(name);
}
