import { Children, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, RequestOf, ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { saveDownload } from '../../state/manifest-download';
import { callChannel } from '../../state/returns-calls';
import { ClientSelect } from './ClientSelect';

type ReturnsReport = ResponseOf<'returns.report'>;
type ReportTable = RequestOf<'returns.reportCsv'>['table'];
type CsvDialect = RequestOf<'returns.reportCsv'>['dialect'];
type ReportFilter = RequestOf<'returns.report'>;

/** Formats a share of 0 to 1 as a whole percentage in the station language. */
function percent(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/**
 * Returns reports for a date range and optionally one client: returns per client, product, lot
 * and reason, recovery by grade and by disposition, and the exception queue's age. Each table
 * downloads as CSV in the standard or the Excel-EU dialect.
 */
export function ReturnsReportsScreen() {
  const { t, i18n } = useTranslation('returns-desk');
  const [filter, setFilter] = useState<ReportFilter>({});
  const [dialect, setDialect] = useState<CsvDialect>('standard');
  const [report, setReport] = useState<ReturnsReport | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  const build = async (request: ReportFilter): Promise<void> => {
    setProblem(null);
    const result = await callChannel('returns.report', request);
    if (result.ok) {
      setReport(result.value);
    } else {
      setProblem(result.message);
    }
  };

  useEffect(() => {
    void build({});
  }, []);

  const download = async (table: ReportTable): Promise<void> => {
    setProblem(null);
    const result = await callChannel('returns.reportCsv', { ...filter, table, dialect });
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    saveDownload(result.value.fileName, result.value.contentBase64, 'text/csv;charset=utf-8');
  };

  const csvButton = (table: ReportTable): ReactNode => (
    <button type="button" className="csv-button" data-testid={`csv-${table}`} onClick={() => void download(table)}>
      {t('reports.csv')}
    </button>
  );

  return (
    <section className="screen returns-reports" data-testid="returns-reports">
      <h1>{t('reports.title')}</h1>
      <form
        className="inline-form report-filter"
        onSubmit={(event) => {
          event.preventDefault();
          void build(filter);
        }}
      >
        <label>
          <span>{t('reports.from')}</span>
          <input type="date" data-testid="report-from" value={filter.from ?? ''} onChange={(event) => setFilter({ ...filter, from: event.target.value === '' ? undefined : event.target.value })} />
        </label>
        <label>
          <span>{t('reports.to')}</span>
          <input type="date" data-testid="report-to" value={filter.to ?? ''} onChange={(event) => setFilter({ ...filter, to: event.target.value === '' ? undefined : event.target.value })} />
        </label>
        <ClientSelect
          label={t('reports.client')}
          testId="report-client"
          value={filter.clientCode ?? ''}
          onChange={(clientCode) => setFilter({ ...filter, clientCode: clientCode === '' ? undefined : clientCode })}
          emptyOption={t('reports.allClients')}
        />
        <label>
          <span>{t('reports.dialect')}</span>
          <select data-testid="report-dialect" value={dialect} onChange={(event) => setDialect(event.target.value as CsvDialect)}>
            <option value="standard">{t('reports.dialectStandard')}</option>
            <option value="excel-eu">{t('reports.dialectExcelEu')}</option>
          </select>
        </label>
        <button type="submit" className="primary" data-testid="report-build">
          {t('reports.build')}
        </button>
      </form>
      {problem !== null && (
        <p className="problem" role="alert" data-testid="report-problem">
          <MessageText message={problem} />
        </p>
      )}
      {report !== null && (
        <div className="report-grid" data-testid="returns-report">
          <ReportTableView title={t('reports.byClient')} action={csvButton('by-client')} heads={[t('reports.client'), t('reports.returns'), t('reports.unitsExpected'), t('reports.unitsReceived')]}>
            {report.byClient.map((row) => (
              <tr key={row.clientCode}>
                <td>
                  {row.clientCode} · {row.clientName}
                </td>
                <td className="number">{row.returns}</td>
                <td className="number">{row.unitsExpected}</td>
                <td className="number">{row.unitsReceived}</td>
              </tr>
            ))}
          </ReportTableView>
          <ReportTableView title={t('reports.byProduct')} action={csvButton('by-product')} heads={[t('reports.product'), t('reports.returns'), t('reports.unitsExpected'), t('reports.unitsReceived')]}>
            {report.byProduct.map((row) => (
              <tr key={`${row.clientCode}/${row.sku}`}>
                <td>
                  {row.clientCode} · {row.sku} · {row.title}
                </td>
                <td className="number">{row.returns}</td>
                <td className="number">{row.unitsExpected}</td>
                <td className="number">{row.unitsReceived}</td>
              </tr>
            ))}
          </ReportTableView>
          <ReportTableView title={t('reports.byLot')} action={csvButton('by-lot')} heads={[t('reports.product'), t('reports.lot'), t('reports.unitsReceived')]}>
            {report.byLot.map((row) => (
              <tr key={`${row.clientCode}/${row.sku}/${row.lot ?? ''}`}>
                <td>
                  {row.clientCode} · {row.sku}
                </td>
                <td>{row.lot ?? t('reports.noLot')}</td>
                <td className="number">{row.unitsReceived}</td>
              </tr>
            ))}
          </ReportTableView>
          <ReportTableView title={t('reports.byReason')} action={csvButton('by-reason')} heads={[t('reports.reason'), t('reports.returns'), t('reports.unitsReceived')]}>
            {report.byReason.map((row) => (
              <tr key={row.reason}>
                <td>{row.reason === '' ? t('reports.noReason') : row.reason}</td>
                <td className="number">{row.returns}</td>
                <td className="number">{row.unitsReceived}</td>
              </tr>
            ))}
          </ReportTableView>
          <ReportTableView title={t('reports.recoveryByGrade')} action={csvButton('recovery-by-grade')} heads={[t('reports.grade'), t('reports.units'), t('reports.share')]}>
            {report.recoveryByGrade.map((row) => (
              <tr key={row.grade} data-testid={`recovery-grade-${row.grade}`}>
                <td>
                  {row.grade} · {t(`grading.gradeMeaning.${row.grade}`)}
                </td>
                <td className="number">{row.units}</td>
                <td className="number">{percent(row.share, i18n.language)}</td>
              </tr>
            ))}
          </ReportTableView>
          <ReportTableView title={t('reports.recoveryByDisposition')} action={csvButton('recovery-by-disposition')} heads={[t('reports.disposition'), t('reports.units'), t('reports.share')]}>
            {report.recoveryByDisposition.map((row) => (
              <tr key={row.disposition}>
                <td>{t(`disposition.${row.disposition}`)}</td>
                <td className="number">{row.units}</td>
                <td className="number">{percent(row.share, i18n.language)}</td>
              </tr>
            ))}
          </ReportTableView>
          <ReportTableView title={t('reports.exceptionAge')} action={csvButton('exception-age')} heads={[t('reports.ageBucket'), t('reports.units')]}>
            {report.exceptionAge.buckets.map((row) => (
              <tr key={row.bucket}>
                <td>{t(`reports.bucket.${row.bucket}`)}</td>
                <td className="number">{row.count}</td>
              </tr>
            ))}
            <tr className="report-total" data-testid="exception-age-summary">
              <td>
                {report.exceptionAge.oldestAt === null
                  ? t('reports.noOpenExceptions')
                  : t('reports.oldestException', { at: new Date(report.exceptionAge.oldestAt).toLocaleString(i18n.language), days: (report.exceptionAge.oldestAgeDays ?? 0).toFixed(1) })}
              </td>
              <td className="number">{report.exceptionAge.open}</td>
            </tr>
          </ReportTableView>
        </div>
      )}
    </section>
  );
}

function ReportTableView({ title, action, heads, children }: { readonly title: string; readonly action: ReactNode; readonly heads: ReadonlyArray<string>; readonly children: ReactNode }) {
  const { t } = useTranslation('returns-desk');
  const empty = Children.count(children) === 0;

  return (
    <section className="panel report-table">
      <div className="report-table-heading">
        <h2>{title}</h2>
        {action}
      </div>
      <table className="data-table">
        <thead>
          <tr>
            {heads.map((head, index) => (
              <th key={head} className={index === 0 ? undefined : 'number'}>
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {empty ? (
            <tr>
              <td colSpan={heads.length} className="hint">
                {t('reports.empty')}
              </td>
            </tr>
          ) : (
            children
          )}
        </tbody>
      </table>
    </section>
  );
}
