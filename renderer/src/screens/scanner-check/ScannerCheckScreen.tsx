import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scannerTestLines, type ScannerTestLineId } from '../../../../main/labels/scanner-test-lines';
import { stationBridge } from '../../api/client';
import type { CapturedScan } from '../../scan-capture/keyboard-listener';
import { useScanHandler } from '../../state/scan-routing';
import { useSettingsStore } from '../settings/settings-store';
import { evaluateTestScan, type TestLineResult } from './scanner-check';
import './scanner-check.css';

type Results = Partial<Record<ScannerTestLineId, TestLineResult>>;

function lineState(result: TestLineResult | undefined, isCurrent: boolean): 'current' | 'waiting' | 'passed' | 'failed' {
  if (result !== undefined) {
    return result.passed ? 'passed' : 'failed';
  }
  return isCurrent ? 'current' : 'waiting';
}

/**
 * The setup check: shows the test sheet (printed alone by the browser's print, see
 * scanner-check.css) and takes its lines in order. For each line it shows whether the scanner
 * round-trips it and, if not, which scanner or Packtrace setting to change. Scans made here go
 * nowhere else.
 */
export function ScannerCheckScreen() {
  const { t } = useTranslation('devices');
  const gsSubstitute = useSettingsStore((state) => state.settings?.wedge.gsSubstitute ?? null);
  const wedgeNotice = useSettingsStore((state) => state.wedgeNotice);
  const [results, setResults] = useState<Results>({});
  const [sheet, setSheet] = useState<string | null>(null);
  const lastNotice = useRef(wedgeNotice?.sequence ?? 0);

  const current = scannerTestLines.find((line) => results[line.id] === undefined) ?? null;

  const take = (scan: Pick<CapturedScan, 'raw' | 'check'>): void => {
    if (current !== null) {
      setResults((previous) => ({ ...previous, [current.id]: evaluateTestScan(current, scan, gsSubstitute) }));
    }
  };

  useScanHandler((scan) => take(scan));

  // A rejected keyboard scan never reaches scan handlers, only the notice, so it is read there.
  useEffect(() => {
    if (wedgeNotice !== null && wedgeNotice.sequence > lastNotice.current) {
      lastNotice.current = wedgeNotice.sequence;
      if (wedgeNotice.check.status === 'rejected') {
        take({ raw: wedgeNotice.raw, check: wedgeNotice.check });
      }
    }
  });

  const showSheet = async (): Promise<void> => {
    const result = await stationBridge()['devices.scannerTestSheet']({});
    if (result.ok) {
      setSheet(result.value.body);
    }
  };

  return (
    <section className="scanner-check-screen" data-testid="scanner-check-screen">
      <h1>{t('check.title')}</h1>
      <p>{t('check.intro')}</p>
      <div className="settings-actions">
        <button type="button" data-testid="show-test-sheet" onClick={() => void showSheet()}>
          {t('check.showSheet')}
        </button>
        {sheet !== null && (
          <button type="button" data-testid="print-test-sheet" onClick={() => window.print()}>
            {t('check.printSheet')}
          </button>
        )}
        <button type="button" data-testid="restart-check" onClick={() => setResults({})}>
          {t('check.restart')}
        </button>
      </div>

      <ol className="check-lines">
        {scannerTestLines.map((line) => {
          const result = results[line.id];
          const state = lineState(result, line === current);
          return (
            <li key={line.id} data-testid={`check-line-${line.id}`} data-state={state}>
              <strong>{t(`testSheet.line.${line.id}`)}</strong>{' '}
              <span>{t(`check.state.${state}`)}</span>
              {result?.advice.map((advice) => (
                <p key={advice} className={result.passed ? 'notice' : 'problem'} data-testid="check-advice">
                  {t(`check.advice.${advice}`)}
                </p>
              ))}
            </li>
          );
        })}
      </ol>

      {/* The markup comes from main, built from constant test data and escaped captions. */}
      {sheet !== null && <div className="test-sheet" data-testid="test-sheet" dangerouslySetInnerHTML={{ __html: sheet }} />}
    </section>
  );
}
