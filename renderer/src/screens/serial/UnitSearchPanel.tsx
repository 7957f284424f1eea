import { useTranslation } from 'react-i18next';
import type { RequestOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { UnitTable } from './UnitTable';
import { useTrackingCall } from './tracking-call';

const textFields = ['clientCode', 'sku', 'lot', 'locationCode', 'receiptReference', 'shipmentReference'] as const;
const dateFields = ['expiryFrom', 'expiryTo', 'changedFrom', 'changedTo'] as const;

/** Searches units by client, product, lot, expiry range, status, location, receipt, shipment and date. */
export function UnitSearchPanel() {
  const { t } = useTranslation();
  const search = useTrackingCall('units.search');

  return (
    <section className="unit-search">
      <h2>{t('tracking:search.title')}</h2>
      <form
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const request: Record<string, string> = {};
          for (const field of [...textFields, ...dateFields, 'status'] as const) {
            const value = String(form.get(field) ?? '').trim();
            if (value !== '') {
              request[field] = value;
            }
          }
          void search.call(request as RequestOf<'units.search'>);
        }}
      >
        {textFields.map((field) => (
          <label key={field}>
            <span>{t(`tracking:search.${field}`)}</span>
            <input name={field} autoComplete="off" maxLength={200} />
          </label>
        ))}
        {dateFields.map((field) => (
          <label key={field}>
            <span>{t(`tracking:search.${field}`)}</span>
            <input name={field} type="date" />
          </label>
        ))}
        <label>
          <span>{t('tracking:search.status')}</span>
          <select name="status" defaultValue="">
            <option value="">{t('tracking:search.anyStatus')}</option>
            {['received', 'in-stock', 'packed', 'shipped', 'returned', 'graded', 'in-refurbishment', 'returned-to-vendor', 'disposed', 'hold', 'missing'].map((status) => (
              <option key={status} value={status}>
                {t(`tracking:status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" data-testid="search-submit">
          {t('tracking:search.submit')}
        </button>
      </form>
      {search.problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={search.problem} />
        </p>
      )}
      {search.value !== null && <UnitTable units={search.value} />}
    </section>
  );
}
