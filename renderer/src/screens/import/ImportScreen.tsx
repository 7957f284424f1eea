import { useTranslation } from 'react-i18next';
import { ImportPanel } from './ImportPanel';

/** Imports shipments, products and order reports from a file. */
export function ImportScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('import.title')}</h1>
      <p className="hint">{t('import.hint')}</p>
      <ImportPanel />
    </section>
  );
}
