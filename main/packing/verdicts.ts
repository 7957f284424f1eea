import type { OperatorMessage, ScanVerdict } from '../api/contract';
import type { ScanError } from '../scan/types';

export type FeedbackSound = ScanVerdict['sound'];
type Params = Readonly<Record<string, string | number>>;

/**
 * Every verdict code the packing rules produce, with its sound and whether the operator gets a
 * next step. Message keys are derived from the code: `pack:verdict.<code>.message` and, where
 * `nextStep` is true, `pack:verdict.<code>.nextStep` (resources/locales/<lang>/pack.json).
 */
export const verdictCatalog = {
  // Accepted.
  'unit-packed': { sound: 'accept', nextStep: false },
  'unit-packed-new-carton': { sound: 'accept', nextStep: false },
  'product-identified': { sound: 'accept', nextStep: true },
  'unit-removed': { sound: 'accept', nextStep: false },
  'weight-needed': { sound: 'accept', nextStep: true },
  'carton-opened': { sound: 'accept', nextStep: false },
  'carton-ready': { sound: 'accept', nextStep: false },
  // Rejected: the item does not belong here.
  'not-on-shipment': { sound: 'wrong-item', nextStep: true },
  'unknown-product': { sound: 'wrong-item', nextStep: true },
  // Rejected: the unit is already somewhere.
  'duplicate-in-carton': { sound: 'duplicate', nextStep: true },
  'in-other-carton': { sound: 'duplicate', nextStep: true },
  'on-other-shipment': { sound: 'duplicate', nextStep: true },
  'already-shipped': { sound: 'duplicate', nextStep: true },
  'case-only-duplicate': { sound: 'duplicate', nextStep: true },
  // Rejected: more than the shipment needs.
  'over-pack': { sound: 'over-pack', nextStep: true },
  // Rejected: other reasons.
  'serial-pattern-mismatch': { sound: 'error', nextStep: true },
  'unit-on-hold': { sound: 'error', nextStep: true },
  'unit-not-in-stock': { sound: 'error', nextStep: true },
  'ambiguous-serial': { sound: 'error', nextStep: true },
  'serial-unresolved': { sound: 'error', nextStep: true },
  'decode-error': { sound: 'error', nextStep: true },
  'carton-label-scanned': { sound: 'error', nextStep: true },
  'product-not-serial-tracked': { sound: 'error', nextStep: true },
  'nothing-to-undo': { sound: 'error', nextStep: false },
  'no-open-carton': { sound: 'error', nextStep: true },
  'carton-still-open': { sound: 'error', nextStep: true },
  'carton-empty': { sound: 'error', nextStep: true },
  'carton-closed': { sound: 'error', nextStep: true },
  'sscc-unavailable': { sound: 'error', nextStep: true },
  'shipment-not-open': { sound: 'error', nextStep: false },
  // Refusals of the non-scan actions (remove, reopen, finish, short-ship, open by reference).
  'shipment-not-found': { sound: 'error', nextStep: true },
  'ambiguous-shipment-reference': { sound: 'error', nextStep: true },
  'unit-not-in-shipment': { sound: 'error', nextStep: false },
  'carton-not-found': { sound: 'error', nextStep: false },
  'carton-not-closed': { sound: 'error', nextStep: false },
  'another-carton-open': { sound: 'error', nextStep: true },
  'unit-not-shipped': { sound: 'error', nextStep: true },
  'lines-incomplete': { sound: 'error', nextStep: true },
  'shipment-complete': { sound: 'error', nextStep: true },
  'nothing-packed': { sound: 'error', nextStep: true },
} as const satisfies Record<string, { readonly sound: FeedbackSound; readonly nextStep: boolean }>;

export type VerdictCode = keyof typeof verdictCatalog;

/** An expected "no" from a packing rule, in the shape a scan verdict and a service error share. */
export interface Refusal {
  readonly code: VerdictCode;
  readonly message: OperatorMessage;
  readonly nextStep: OperatorMessage | null;
  readonly sound: FeedbackSound;
}

function nextStepOf(code: VerdictCode, params: Params): OperatorMessage | null {
  return verdictCatalog[code].nextStep ? { key: `pack:verdict.${code}.nextStep`, params: { ...params } } : null;
}

/** Builds the refusal for `code`; the same params fill both the message and the next step. */
export function refuse(code: VerdictCode, params: Params = {}): Refusal {
  return {
    code,
    message: { key: `pack:verdict.${code}.message`, params: { ...params } },
    nextStep: nextStepOf(code, params),
    sound: verdictCatalog[code].sound,
  };
}

export function acceptedVerdict(code: VerdictCode, params: Params = {}): ScanVerdict {
  return {
    outcome: 'accepted',
    code,
    message: { key: `pack:verdict.${code}.message`, params: { ...params } },
    nextStep: nextStepOf(code, params),
    sound: verdictCatalog[code].sound,
    replayed: false,
  };
}

export function rejectedVerdict(refusal: Refusal): ScanVerdict {
  return { outcome: 'rejected', ...refusal, replayed: false };
}

/** Maps a decoder error to a refusal whose message is `scan:<scan error code>`, shared with the screens. */
export function refuseDecodeError(error: ScanError): Refusal {
  return {
    code: 'decode-error',
    message: { key: `scan:${error.code}`, params: { part: error.part } },
    nextStep: nextStepOf('decode-error', {}),
    sound: verdictCatalog['decode-error'].sound,
  };
}
