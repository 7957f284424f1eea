import type Database from 'better-sqlite3';
import { prepared } from '../store/statement-cache';
import type { StationSettings } from './station-settings-schema';

/** The expected-weight check of one carton. */
export interface CartonWeightCheck {
  /** False when the check is off in the settings or no product weight is known. */
  readonly checked: boolean;
  /** Sum of the known product weights plus packaging, in grams; null when not checked. */
  readonly expectedGrams: number | null;
  readonly toleranceGrams: number;
  /** True when the weight is within tolerance, or when nothing was checked. */
  readonly withinTolerance: boolean;
  /** Units of the carton whose product has no weight; any such unit leaves the check undecided. */
  readonly unitsWithoutWeight: number;
}

/**
 * Checks `weightGrams` against the open carton of a shipment: the weights of the products of its
 * units plus the packaging weight, within the larger of the gram and the percent tolerance. When
 * a unit's product has no weight the expected weight is unknown, so the check passes and
 * reports how many units lack one.
 */
export function checkOpenCartonWeight(db: Database.Database, shipmentId: number, weightGrams: number, settings: StationSettings['cartonWeight']): CartonWeightCheck {
  const unchecked = (unitsWithoutWeight: number): CartonWeightCheck => ({
    checked: false,
    expectedGrams: null,
    toleranceGrams: settings.toleranceGrams,
    withinTolerance: true,
    unitsWithoutWeight,
  });
  if (!settings.checkExpectedWeight) {
    return unchecked(0);
  }

  const totals = prepared<[number], { units: number; without_weight: number; grams: number | null }>(
    db,
    `SELECT count(u.id) AS units,
            sum(CASE WHEN p.weight_grams IS NULL THEN 1 ELSE 0 END) AS without_weight,
            sum(p.weight_grams) AS grams
       FROM cartons c
       JOIN units u ON u.carton_id = c.id
       JOIN products p ON p.id = u.product_id
      WHERE c.shipment_id = ? AND c.status = 'open'`,
  ).get(shipmentId);
  const withoutWeight = totals?.without_weight ?? 0;
  if (totals === undefined || totals.units === 0 || withoutWeight > 0) {
    return unchecked(withoutWeight);
  }

  const expectedGrams = (totals.grams ?? 0) + settings.packagingGrams;
  const toleranceGrams = Math.max(settings.toleranceGrams, Math.round((expectedGrams * settings.tolerancePercent) / 100));
  return {
    checked: true,
    expectedGrams,
    toleranceGrams,
    withinTolerance: Math.abs(weightGrams - expectedGrams) <= toleranceGrams,
    unitsWithoutWeight: 0,
  };
}
