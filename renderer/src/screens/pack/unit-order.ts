import type { PackView } from '../../../../main/api/contract';

export type CartonUnit = PackView['openCartonUnits'][number];

/**
 * Orders the open carton's units newest first, by pack time and then by unit id, so the last
 * scan is always on top whatever order main sends them in.
 */
export function unitsNewestFirst(units: ReadonlyArray<CartonUnit>): ReadonlyArray<CartonUnit> {
  return [...units].sort((left, right) => {
    if (left.packedAt !== right.packedAt) {
      return left.packedAt < right.packedAt ? 1 : -1;
    }
    return right.unitId - left.unitId;
  });
}
