import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';
import { MessageText } from '../../components/MessageText';
import { openShipment } from '../../state/pack-actions';
import { useScanHandler } from '../../state/scan-routing';

type ShipmentSummary = ResponseOf<'shipments.list'>[number];

/** Opens a shipment: scan its reference, type it, or pick it from the list of shipments. */
export function ShipmentsScreen() {
  const { t } = useTranslation();
  const [shipments, setShipments] = useState<ReadonlyArray<ShipmentSummary>>([]);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  useEffect(() => {
    void stationBridge()['shipments.list']({}).then((result) => {
      if (result.ok) {
        setShipments(result.value);
      } else {
        setProblem(result.error.message);
      }
    });
  }, []);

  const open = async (reference: string): Promise<void> => {
    setProblem(await openShipment(reference));
  };
  useScanHandler((scan) => void open(scan.raw.trim()));

  return (
    <section className="screen shipments">
      <h1>{t('shipments.title')}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const reference = String(new FormData(event.currentTarget).get('reference') ?? '').trim();
          if (reference.length > 0) {
            void open(reference);
          }
        }}
      >
        <label>
          <span>{t('shipments.reference')}</span>
          <input name="reference" data-testid="shipment-reference" autoComplete="off" maxLength={200} />
        </label>
        <button type="submit" className="primary" data-testid="shipment-open">
          {t('shipments.open')}
        </button>
      </form>
      <p className="hint">{t('shipments.scanHint')}</p>
      {problem !== null && (
        <p className="problem" role="alert" data-testid="shipment-error">
          <MessageText message={problem} />
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('shipments.column.reference')}</th>
            <th>{t('shipments.column.client')}</th>
            <th>{t('shipments.column.status')}</th>
            <th>{t('shipments.column.progress')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shipments.map((shipment) => (
            <tr key={shipment.shipmentId} data-testid="shipment-row" data-reference={shipment.reference}>
              <td>{shipment.reference}</td>
              <td>{shipment.clientCode}</td>
              <td>{t(`shipmentStatus.${shipment.status}`)}</td>
              <td>{t('shipments.progress', { packed: shipment.unitsPacked, expected: shipment.unitsExpected })}</td>
              <td>
                <button type="button" onClick={() => void open(shipment.reference)}>
                  {t('shipments.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shipments.length === 0 && problem === null && <p>{t('shipments.none')}</p>}
    </section>
  );
}
