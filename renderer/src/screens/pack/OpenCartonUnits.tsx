import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackView } from '../../../../main/api/contract';
import { unitsNewestFirst, type CartonUnit } from './unit-order';

const UnitRow = memo(function UnitRow({ unit, position }: { readonly unit: CartonUnit; readonly position: number }) {
  return (
    <li className="carton-unit" data-testid="carton-unit" data-serial={unit.serial} data-unit-id={unit.unitId}>
      <span className="unit-position">{position}</span>
      <span className="unit-serial">{unit.serial}</span>
      <span className="unit-sku">{unit.sku}</span>
    </li>
  );
});

/**
 * The open carton's units, newest first. Rows are memoized by unit, so a scan that adds one unit
 * renders one new row even when the carton contains hundreds.
 */
export const OpenCartonUnits = memo(function OpenCartonUnits({
  carton,
  units,
}: {
  readonly carton: PackView['openCarton'];
  readonly units: PackView['openCartonUnits'];
}) {
  const { t } = useTranslation();
  const ordered = useMemo(() => unitsNewestFirst(units), [units]);

  return (
    <section className="panel open-carton">
      <h2>
        {carton === null ? t('pack.carton.noneOpen') : t('pack.carton.openTitle', { number: carton.number, count: units.length })}
      </h2>
      <ol className="unit-list">
        {ordered.map((unit, index) => (
          <UnitRow key={unit.unitId} unit={unit} position={ordered.length - index} />
        ))}
      </ol>
    </section>
  );
});
