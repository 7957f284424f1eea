import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageText } from '../../components/MessageText';
import { useScanHandler } from '../../state/scan-routing';
import { useTrackingCall } from '../serial/tracking-call';

const decisions = ['restock', 'rework', 'dispose', 'return-to-client'] as const;
type Decision = (typeof decisions)[number];

/**
 * Removal receiving: scan the parcel's tracking number to see what Amazon shipped back, then
 * inspect each unit (FNSKU, serial for serial-tracked products) and record a decision. The table
 * shows expected against received per FNSKU.
 */
export function RemovalScreen() {
  const { t } = useTranslation();
  const open = useTrackingCall('fba.removalReceipt');
  const inspect = useTrackingCall('fba.inspectRemovalUnit');
  const [tracking, setTracking] = useState('');
  const [fnsku, setFnsku] = useState('');
  const [serial, setSerial] = useState('');
  const [note, setNote] = useState('');

  const receipt = inspect.value ?? open.value;
  const problem = inspect.problem ?? open.problem;

  // Before a parcel is open a scan is its tracking number, then the unit's FNSKU, then its serial.
  useScanHandler((scan) => {
    const text = scan.raw.trim();
    if (receipt === null) {
      setTracking(text);
      void open.call({ trackingNumber: text });
    } else if (fnsku === '') {
      setFnsku(text);
    } else {
      setSerial(text);
    }
  });

  const decide = async (decision: Decision): Promise<void> => {
    if (receipt === null) return;
    const result = await inspect.call({ trackingNumber: receipt.trackingNumber, fnsku, serial: serial.trim() === '' ? null : serial, decision, note });
    if (result !== null) {
      setFnsku('');
      setSerial('');
      setNote('');
    }
  };

  return (
    <main className="removal-screen" data-testid="removal-screen">
      <h1>{t('fba:removal.title')}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          inspect.setValue(null);
          void open.call({ trackingNumber: tracking });
        }}
      >
        <label>
          <span>{t('fba:removal.trackingPrompt')}</span>
          <input data-testid="removal-tracking" value={tracking} onChange={(event) => setTracking(event.target.value)} autoComplete="off" />
        </label>
        <button type="submit">{t('fba:removal.open')}</button>
      </form>

      {problem !== null && (
        <p className="problem" role="alert" data-testid="removal-problem">
          <MessageText message={problem} />
        </p>
      )}

      {receipt !== null && (
        <>
          <p>{t('fba:removal.orders', { orders: receipt.orderIds.join(', ') })}</p>
          <table data-testid="removal-lines">
            <thead>
              <tr>
                <th>{t('fba:removal.fnsku')}</th>
                <th>{t('fba:removal.sku')}</th>
                <th>{t('fba:removal.expected')}</th>
                <th>{t('fba:removal.received')}</th>
                {decisions.map((decision) => (
                  <th key={decision}>{t(`fba:removal.decision.${decision}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {receipt.lines.map((line) => (
                <tr key={line.fnsku} data-testid={`removal-line-${line.fnsku}`}>
                  <td>{line.fnsku}</td>
                  <td>{line.sku}</td>
                  <td>{line.expected}</td>
                  <td data-testid={`removal-received-${line.fnsku}`}>{line.received}</td>
                  {decisions.map((decision) => (
                    <td key={decision}>{line.decisions[decision]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>

          <div className="inline-form">
            <label>
              <span>{t('fba:removal.unitFnsku')}</span>
              <input data-testid="removal-fnsku" value={fnsku} onChange={(event) => setFnsku(event.target.value)} autoComplete="off" />
            </label>
            <label>
              <span>{t('fba:removal.unitSerial')}</span>
              <input data-testid="removal-serial" value={serial} onChange={(event) => setSerial(event.target.value)} autoComplete="off" />
            </label>
            <label>
              <span>{t('fba:removal.note')}</span>
              <input value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} />
            </label>
            {decisions.map((decision) => (
              <button key={decision} type="button" data-testid={`removal-decide-${decision}`} disabled={fnsku.trim() === ''} onClick={() => void decide(decision)}>
                {t(`fba:removal.decision.${decision}`)}
              </button>
            ))}
          </div>
        </>
      )}
    </main>
  );
}
