import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageText } from '../../components/MessageText';
import { useReturnsDeskStore } from '../../state/returns-desk-store';
import { useScanHandler } from '../../state/scan-routing';
import { newGestureId } from '../serial/tracking-call';
import { AmazonImportPanel } from './AmazonImportPanel';
import { GradingForm } from './GradingForm';
import { OpenReturnForm } from './OpenReturnForm';
import { OpenReturnsList } from './OpenReturnsList';
import { PhotoPanel } from './PhotoPanel';
import { RelabelPanel } from './RelabelPanel';
import { ReturnPanel } from './ReturnPanel';
import { UnitCheckPanel } from './UnitCheckPanel';

/**
 * The returns desk. Before a return is chosen a scan or typed text is a reference (RMA, license
 * plate number, tracking number, removal order, order, or an Amazon return label's QR code);
 * after it, or after 'No reference', a scan is the returned unit. Then come the unit check,
 * grading with its disposition, relabelling and photos.
 */
export function ReturnsDeskScreen() {
  const { t } = useTranslation('returns-desk');
  const desk = useReturnsDeskStore();
  const [entry, setEntry] = useState('');
  const [opening, setOpening] = useState(false);
  const [listVersion, setListVersion] = useState(0);
  const takesUnits = desk.view !== null || desk.withoutReference;
  const closed = desk.view?.return.status === 'closed';
  const scanField = useRef<HTMLInputElement | null>(null);
  const waitingForScan = desk.intake === null && desk.graded === null;

  // Back to the scan field whenever the desk waits for the next reference or unit, so typing works without a click.
  useEffect(() => {
    if (waitingForScan) {
      scanField.current?.focus();
    }
  }, [waitingForScan, takesUnits]);

  const handle = (raw: string, gestureId: string): void => {
    const text = raw.trim();
    if (text === '') {
      return;
    }
    if (!takesUnits) {
      setOpening(false);
    }
    desk.enterScan(text, gestureId);
  };
  useScanHandler((scan) => handle(scan.raw, scan.gestureId));

  const find = desk.find;
  const nothingFound = !takesUnits && find !== null && find.matches.length === 0;
  const severalFound = !takesUnits && find !== null && find.matches.length > 1;
  const latestUnitId = desk.graded?.returnUnit.returnUnitId ?? desk.intake?.returnUnit?.returnUnitId ?? null;

  return (
    <section className="screen returns-desk" data-testid="returns-desk">
      <div className="desk-heading">
        <h1>{t('desk.title')}</h1>
        {(takesUnits || find !== null) && (
          <button type="button" data-testid="desk-new-return" onClick={() => { desk.reset(); setOpening(false); setListVersion(listVersion + 1); }}>
            {t('desk.newReturn')}
          </button>
        )}
      </div>
      <form
        className="scan-entry"
        onSubmit={(event) => {
          event.preventDefault();
          handle(entry, newGestureId());
          setEntry('');
        }}
      >
        <label>
          <span>{takesUnits ? t('desk.scanUnit') : t('desk.scanReference')}</span>
          <input
            ref={scanField}
            className="scan-field"
            data-testid={takesUnits ? 'unit-scan' : 'reference-scan'}
            autoFocus
            autoComplete="off"
            maxLength={4096}
            disabled={closed}
            value={entry}
            onChange={(event) => setEntry(event.target.value)}
          />
        </label>
        <button type="submit" className="primary big" disabled={desk.busy || closed}>
          {t('desk.enter')}
        </button>
      </form>
      {!takesUnits && (
        <div className="button-row">
          <button type="button" data-testid="no-reference" onClick={desk.startWithoutReference}>
            {t('desk.noReference')}
          </button>
          <button type="button" data-testid="open-on-the-spot" aria-expanded={opening} onClick={() => setOpening(!opening)}>
            {t('desk.openOnTheSpot')}
          </button>
        </div>
      )}
      <p className="hint">{takesUnits ? t('desk.unitHint') : t('desk.referenceHint')}</p>
      {desk.withoutReference && desk.view === null && <p className="notice" data-testid="no-reference-notice">{t('desk.noReferenceNotice')}</p>}
      {desk.problem !== null && (
        <p className="problem" role="alert" data-testid="desk-problem">
          <MessageText message={desk.problem} />
        </p>
      )}

      {!takesUnits && find !== null && (
        <p className={nothingFound ? 'notice' : 'hint'} data-testid="find-message">
          <MessageText message={find.message} />
        </p>
      )}
      {severalFound && (
        <ul className="match-list" data-testid="find-matches">
          {find.matches.map((match) => (
            <li key={match.returnId}>
              <button type="button" data-testid="find-match" onClick={() => void desk.showReturn(match.returnId)}>
                {t(`referenceKind.${match.referenceKind}`)} {match.reference} · {match.clientCode ?? '—'} · {match.orderReference ?? '—'} · {t(`returnStatus.${match.status}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!takesUnits && (opening || nothingFound) && <OpenReturnForm key={JSON.stringify(find?.openSuggestion ?? null)} suggestion={nothingFound ? find.openSuggestion : null} />}

      {/* The verdict on the last unit comes first, right under the field the operator scans into. */}
      {desk.intake !== null && <UnitCheckPanel intake={desk.intake} />}
      {desk.gradingUnitId !== null && <GradingForm key={desk.gradingUnitId} returnUnitId={desk.gradingUnitId} />}
      {desk.graded !== null && <RelabelPanel graded={desk.graded} />}
      {(desk.intake !== null || desk.graded !== null) && !closed && (
        <button type="button" className="big" data-testid="next-unit" onClick={desk.nextUnit}>
          {t('desk.nextUnit')}
        </button>
      )}
      {desk.view !== null && <ReturnPanel view={desk.view} />}
      {desk.view !== null && <PhotoPanel returnId={desk.view.return.returnId} returnUnitId={latestUnitId} />}

      {!takesUnits && (
        <>
          <OpenReturnsList reloadKey={listVersion} />
          <AmazonImportPanel onImported={() => setListVersion(listVersion + 1)} />
        </>
      )}
    </section>
  );
}
