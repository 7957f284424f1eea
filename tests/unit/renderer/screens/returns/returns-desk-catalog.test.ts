import { describe, expect, it } from 'vitest';
import { printJobSchema } from '../../../../../main/api/channels/printing-channels';
import { returnsReportSchema } from '../../../../../main/api/channels/return-evidence-channels';
import englishCatalog from '../../../../../resources/locales/en/returns-desk.json';
import {
  dispositions,
  exceptionResolutions,
  intakeRefusalCodes,
  relabelKinds,
  returnFlagCodes,
  returnGrades,
  returnReferenceKinds,
  returnStatuses,
  returnUnitStages,
} from '../../../../../main/returns/return-terms';

const catalog: Record<string, unknown> = englishCatalog;

/** Returns the text at a dotted key of the English catalog, or undefined. */
function textAt(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), catalog);
}

const exceptionBuckets = returnsReportSchema.shape.exceptionAge.shape.buckets.element.shape.bucket.options;
const printJobStatuses = printJobSchema.shape.status.options;

/** Every key the screens build from a code that main sends, so a new code cannot show as a raw key. */
const keysFromCodes: ReadonlyArray<string> = [
  ...returnFlagCodes.flatMap((code) => [`flag.${code}.title`, `flag.${code}.explanation`]),
  ...intakeRefusalCodes.map((code) => `refusal.${code}`),
  ...dispositions.map((code) => `disposition.${code}`),
  ...returnUnitStages.map((code) => `stage.${code}`),
  ...returnReferenceKinds.map((code) => `referenceKind.${code}`),
  ...returnStatuses.map((code) => `returnStatus.${code}`),
  ...relabelKinds.map((code) => `relabel.kind.${code}`),
  ...exceptionResolutions.flatMap((code) => [`exceptions.resolution.${code}`, `exceptions.resolutionMeaning.${code}`]),
  ...returnGrades.map((grade) => `grading.gradeMeaning.${grade}`),
  ...exceptionBuckets.map((bucket) => `reports.bucket.${bucket}`),
  ...printJobStatuses.map((status) => `relabel.jobStatus.${status}`),
  ...['accept', 'exception', 'refuse'].map((outcome) => `check.outcome.${outcome}`),
  ...['category', 'client', 'standard'].map((source) => `grading.checklistSource.${source}`),
];

describe('returns desk catalog', () => {
  it.each(keysFromCodes)('has English text for %s', (key) => {
    expect(typeof textAt(key)).toBe('string');
  });
});
