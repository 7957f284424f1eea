import { useTranslation } from 'react-i18next';
import type { GradeOutcome } from '../../state/returns-desk-store';
import { LabelButtons } from './LabelButtons';

/**
 * Shows the outcome of grading (grade, Amazon condition, disposition, any override) and a
 * button for each label the disposition calls for.
 */
export function RelabelPanel({ graded }: { readonly graded: GradeOutcome }) {
  const { t } = useTranslation('returns-desk');
  const unit = graded.returnUnit;

  return (
    <section className="panel relabel-panel" data-testid="relabel-panel">
      <h2>{t('relabel.title', { serial: unit.serial })}</h2>
      <dl className="facts">
        <dt>{t('relabel.grade')}</dt>
        <dd data-testid="graded-grade">
          {unit.grade ?? '—'} · {graded.amazonCondition}
        </dd>
        <dt>{t('relabel.disposition')}</dt>
        <dd data-testid="graded-disposition" data-disposition={graded.disposition}>
          {t(`disposition.${graded.disposition}`)}
          {graded.overridden && ` · ${t('relabel.overridden', { suggested: t(`disposition.${graded.suggestedDisposition}`), reason: unit.overrideReason ?? '' })}`}
        </dd>
        <dt>{t('relabel.unitStatus')}</dt>
        <dd data-testid="graded-unit-status">{t(`tracking:status.${unit.unitStatus}`, { defaultValue: unit.unitStatus })}</dd>
      </dl>
      {graded.returnClosed && <p className="notice" data-testid="return-closed-notice">{t('relabel.returnClosed')}</p>}
      <LabelButtons returnUnitId={unit.returnUnitId} labelKinds={graded.labels} />
    </section>
  );
}
