import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../main/api/contract';

/** A table of units with status, location or carton, shipment, recipient and receipt. */
export function UnitTable({ units }: { readonly units: ResponseOf<'units.search'> }) {
  const { t } = useTranslation();
  if (units.length === 0) {
    return <p>{t('tracking:search.none')}</p>;
  }
  return (
    <table className="unit-table" data-testid="unit-table">
      <thead>
        <tr>
          {['serial', 'sku', 'lot', 'expiry', 'status', 'where', 'shipment', 'recipient', 'receipt'].map((column) => (
            <th key={column}>{t(`tracking:table.${column}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.unitId}>
            <td>{unit.serial}</td>
            <td>{unit.sku}</td>
            <td>{unit.lot ?? ''}</td>
            <td>{unit.expiry ?? ''}</td>
            <td>{t(`tracking:status.${unit.status}`)}</td>
            <td>{unit.locationCode ?? unit.cartonSscc ?? ''}</td>
            <td>{unit.shipmentReference ?? ''}</td>
            <td>{unit.recipient ?? ''}</td>
            <td>{unit.receiptReference ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
