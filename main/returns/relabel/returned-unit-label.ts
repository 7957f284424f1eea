import { err, ok, type Result } from '../../core/result';
import type { Translate } from '../../core/translator';
import type { LabelError } from '../../labels/errors';
import { buildFnskuLabel, canonicalCondition, type FnskuLabelError } from '../../labels/fnsku-label';
import { buildGradeLabel } from '../../labels/grade-label';
import type { Dpi, LabelDocument } from '../../labels/model';
import { buildReturnToVendorLabel } from '../../labels/return-to-vendor-label';
import { buildSerialLabel } from '../../labels/serial-label';
import { assertNever } from '../../core/assert';
import { labelKindsForDisposition, type ReturnLabelKind } from './relabel-plan';
import type { ReturnedUnitLabelData } from './returned-unit-label-data';

export type ReturnedUnitLabelError =
  | LabelError
  | FnskuLabelError
  | { readonly code: 'return-unit-not-graded'; readonly returnUnitId: number; readonly stage: string }
  | { readonly code: 'return-label-not-for-disposition'; readonly labelKind: ReturnLabelKind; readonly disposition: string }
  | { readonly code: 'return-product-without-fnsku'; readonly sku: string }
  | { readonly code: 'return-condition-not-used'; readonly condition: string };

export interface ReturnedUnitLabelOptions {
  readonly dpi: Dpi;
  readonly t: Translate;
  /** Size of the FNSKU roll label, matching the 'fnsku' printer's media when there is one. */
  readonly fnskuLabelSize: { readonly widthMm: number; readonly heightMm: number };
}

/**
 * Builds one label of a graded unit. The unit must have a grade, and `kind` must be one of the
 * labels its disposition calls for (`labelKindsForDisposition`). The FNSKU label prints the
 * unit's Amazon condition, which must be a used one ('Used - …').
 */
export function buildReturnedUnitLabel(unit: ReturnedUnitLabelData, kind: ReturnLabelKind, options: ReturnedUnitLabelOptions): Result<LabelDocument, ReturnedUnitLabelError> {
  if (unit.grade === null) {
    return err({ code: 'return-unit-not-graded', returnUnitId: unit.returnUnitId, stage: unit.stage });
  }
  const allowed = labelKindsForDisposition(unit.disposition, unit.fnsku !== null);
  if (!allowed.includes(kind)) {
    if (kind === 'fnsku-used' && unit.disposition === 'restock-used') {
      return err({ code: 'return-product-without-fnsku', sku: unit.sku });
    }
    return err({ code: 'return-label-not-for-disposition', labelKind: kind, disposition: unit.disposition ?? 'none' });
  }

  const { t } = options;
  switch (kind) {
    case 'grade':
      return buildGradeLabel(
        {
          clientCode: unit.clientCode,
          sku: unit.sku,
          title: unit.title,
          serial: unit.serial,
          grade: unit.grade,
          amazonCondition: unit.amazonCondition,
          returnReference: unit.returnReference,
          dispositionText: unit.disposition === null ? '' : t(`return-evidence:disposition.${unit.disposition}`),
        },
        options,
      );
    case 'fnsku-used':
      return buildUsedFnskuLabel(unit, options);
    case 'serial':
      return buildSerialLabel(
        { clientCode: unit.clientCode, sku: unit.sku, title: unit.title, gtin: unit.gtin, serial: unit.serial, lot: unit.lot, expiry: unit.expiry },
        options,
      );
    case 'return-to-vendor':
      return buildReturnToVendorLabel(
        {
          clientCode: unit.clientCode,
          clientName: unit.clientName,
          sku: unit.sku,
          title: unit.title,
          serial: unit.serial,
          grade: unit.grade,
          amazonCondition: unit.amazonCondition,
          returnReference: unit.returnReference,
          reason: unit.reason,
        },
        options,
      );
    default:
      return assertNever(kind, 'return label kind');
  }
}

function buildUsedFnskuLabel(unit: ReturnedUnitLabelData, options: ReturnedUnitLabelOptions): Result<LabelDocument, ReturnedUnitLabelError> {
  const condition = canonicalCondition(unit.amazonCondition ?? '');
  if (condition === null || !condition.startsWith('Used - ')) {
    return err({ code: 'return-condition-not-used', condition: unit.amazonCondition ?? '' });
  }
  const label = buildFnskuLabel({ fnsku: unit.fnsku ?? '', title: unit.title, condition }, options.fnskuLabelSize, { dpi: options.dpi });
  return label.ok ? ok(label.value) : label;
}
