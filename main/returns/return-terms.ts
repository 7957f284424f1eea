/**
 * The returns desk's fixed vocabularies: reference kinds, stages, grades, dispositions, Amazon
 * conditions, check flags and refusals, and the labels a disposition calls for. The contract and
 * the renderer read these lists, so this file must stay free of Node imports.
 */

/** Kinds of return reference; 'none' means the return was started by scanning a unit. */
export const returnReferenceKinds = ['rma', 'amazon-return', 'tracking-number', 'removal-order', 'none'] as const;
export type ReturnReferenceKind = (typeof returnReferenceKinds)[number];

/** Origins of a return, as stored in `returns.source`. */
export const returnSources = ['on-the-spot', 'amazon-returns-report', 'return-label'] as const;
export type ReturnSource = (typeof returnSources)[number];

export const returnStatuses = ['awaiting-intake', 'in-progress', 'closed'] as const;
export type ReturnStatus = (typeof returnStatuses)[number];

export function isReturnStatus(value: string): value is ReturnStatus {
  return (returnStatuses as ReadonlyArray<string>).includes(value);
}

/**
 * Stages of a unit taken in on a return. 'exception' waits for a supervisor, 'accepted' waits
 * for grading, and the other three are final.
 */
export const returnUnitStages = ['exception', 'accepted', 'rejected', 'returned-to-sender', 'dispositioned'] as const;
export type ReturnUnitStage = (typeof returnUnitStages)[number];

/** A supervisor's decision on a unit in the exception queue. */
export const exceptionResolutions = ['accept', 'reject', 'return-to-sender'] as const;
export type ExceptionResolution = (typeof exceptionResolutions)[number];

/** Grades from best to worst; D is scrap. */
export const returnGrades = ['A', 'B', 'C', 'D'] as const;
export type ReturnGrade = (typeof returnGrades)[number];

/** Outcomes of a graded unit. Liquidation has no unit state of its own and is recorded as a disposal. */
export const dispositions = ['restock-new', 'restock-used', 'refurbish', 'return-to-vendor', 'liquidate', 'dispose'] as const;
export type Disposition = (typeof dispositions)[number];

/** Amazon's item conditions, spelled as Amazon's reports and labels spell them. */
export const amazonConditions = ['New', 'Used - Like New', 'Used - Very Good', 'Used - Good', 'Used - Acceptable', 'Unsellable'] as const;
export type AmazonCondition = (typeof amazonConditions)[number];

/**
 * Findings of the unit check that send a unit to the exception queue:
 * - other-client: the unit was shipped for another client than the return's.
 * - other-order: the unit was shipped on another order than the return names.
 * - other-product: the unit's product matches none of the return's lines.
 * - other-serial: the return expects a serial and the unit is a different one (a serial swap).
 * - more-than-expected: every line of the unit's product has already received its quantity.
 * - recall-hold: the unit matches the criteria of an issued recall; it left before the recall held it.
 */
export const returnFlagCodes = ['other-client', 'other-order', 'other-product', 'other-serial', 'more-than-expected', 'recall-hold'] as const;
export type ReturnFlagCode = (typeof returnFlagCodes)[number];

/**
 * Reasons the unit check rejects a scan outright, writing nothing:
 * - serial-unknown: no unit with this serial was ever booked here, so it was never shipped by this warehouse.
 * - serial-ambiguous: the serial belongs to units of several products; scan the product's GS1 code.
 * - unit-not-shipped: the unit is known but still in the warehouse or gone another way.
 * - unit-already-returned: the unit came back after its last shipment, or waits on a return now.
 * - scan-unreadable: the scan could not be decoded.
 */
export const intakeRefusalCodes = ['serial-unknown', 'serial-ambiguous', 'unit-not-shipped', 'unit-already-returned', 'scan-unreadable'] as const;
export type IntakeRefusalCode = (typeof intakeRefusalCodes)[number];

/** Warranty at intake: days since the unit's shipment against the product's warranty period. */
export const warrantyStatuses = ['in-warranty', 'expired', 'unknown'] as const;
export type WarrantyStatus = (typeof warrantyStatuses)[number];

/** Labels a disposition calls for, printed by the relabelling step. */
export const relabelKinds = ['grade', 'fnsku-used', 'serial', 'return-to-vendor'] as const;
export type RelabelKind = (typeof relabelKinds)[number];

/** Languages that custom checklist texts must be given in. */
export const checklistLanguages = ['en', 'de', 'pl', 'fr'] as const;
export type ChecklistLanguage = (typeof checklistLanguages)[number];
