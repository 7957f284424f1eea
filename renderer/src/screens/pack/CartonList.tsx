import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackView } from '../../../../main/api/contract';

/** Every carton of the shipment with its status, unit count and weight. */
export const CartonList = memo(function CartonList({ cartons }: { readonly cartons: PackView['cartons'] }) {
  const { t, i18n } = useTranslation();
  const kilograms = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 3, maximumFractionDigits: 3 });

  return (
    <section className="panel cartons">
      <h2>{t('pack.cartons.title')}</h2>
      <ul className="carton-list">
        {cartons.map((carton) => (
          <li key={carton.cartonId} className={`carton carton-${carton.status}`} data-testid="carton-row" data-status={carton.status}>
            <strong>{t('pack.cartons.number', { number: carton.number })}</strong>
            <span>{t(`cartonStatus.${carton.status}`)}</span>
            <span>{t('pack.cartons.units', { count: carton.unitCount })}</span>
            {carton.weightGrams !== null && <span>{t('pack.cartons.weight', { kg: kilograms.format(carton.weightGrams / 1000) })}</span>}
            <span className="sscc">{carton.sscc}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
