import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { callChannel } from '../../state/returns-calls';
import { useReturnsDeskStore } from '../../state/returns-desk-store';
import { useScanHandler } from '../../state/scan-routing';
import { newGestureId } from '../serial/tracking-call';
import { checklistCaptionText } from './checklist-caption';

type GradingFormView = ResponseOf<'returns.gradingForm'>;
type Grade = GradingFormView['grades'][number];
type Disposition = GradingFormView['dispositions'][number];
type Suggestion = ResponseOf<'returns.suggestDisposition'>;

/** Dispositions that put the unit back on a shelf, so the form requests a location. */
const restocking: ReadonlyArray<Disposition> = ['restock-new', 'restock-used'];

/**
 * Grading of an accepted unit: the client's checklist, a grade A–D with its Amazon condition,
 * the disposition the client's rules suggest, and an override that needs a reason. A restock
 * needs a location, typed or scanned. One submit grades and dispositions the unit in one
 * transaction. The gesture id is made once per form, so a double submit is replayed, not repeated.
 */
export function GradingForm({ returnUnitId }: { readonly returnUnitId: number }) {
  const { t, i18n } = useTranslation('returns-desk');
  const submitGrade = useReturnsDeskStore((state) => state.submitGrade);
  const busy = useReturnsDeskStore((state) => state.busy);
  const [form, setForm] = useState<GradingFormView | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [answers, setAnswers] = useState<Readonly<Record<string, string>>>({});
  const [grade, setGrade] = useState<Grade | null>(null);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [override, setOverride] = useState<Disposition | ''>('');
  const [overrideReason, setOverrideReason] = useState('');
  const [locationCode, setLocationCode] = useState('');
  const [unusedScan, setUnusedScan] = useState<string | null>(null);
  const [locations, setLocations] = useState<ReadonlyArray<{ readonly code: string; readonly name: string }>>([]);
  const gestureId = useMemo(() => newGestureId(), []);

  useEffect(() => {
    void callChannel('returns.gradingForm', { returnUnitId }).then((result) => (result.ok ? setForm(result.value) : setProblem(result.message)));
    void callChannel('locations.list', {}).then((result) => (result.ok ? setLocations(result.value) : undefined));
  }, [returnUnitId]);

  const complete = form !== null && grade !== null && form.questions.every((question) => answers[question.questionId] !== undefined);

  useEffect(() => {
    if (!complete) {
      setSuggestion(null);
      return;
    }
    let active = true;
    void callChannel('returns.suggestDisposition', { returnUnitId, answers, grade, disposition: override === '' ? null : override }).then((result) => {
      if (!active) {
        return;
      }
      if (result.ok) {
        setSuggestion(result.value);
        setProblem(null);
      } else {
        setProblem(result.message);
      }
    });
    return () => {
      active = false;
    };
  }, [complete, returnUnitId, answers, grade, override]);

  const disposition: Disposition | null = override !== '' ? override : (suggestion?.suggestedDisposition ?? null);
  const overridden = override !== '' && override !== suggestion?.suggestedDisposition;
  const needsLocation = disposition !== null && restocking.includes(disposition);
  const ready = complete && suggestion !== null && (!overridden || overrideReason.trim() !== '');

  // A location barcode scanned while a restock is chosen fills the location field. Any other scan
  // is set aside with a notice, so a unit scanned too early is not lost without a word.
  useScanHandler((scan) => {
    if (needsLocation) {
      setLocationCode(scan.raw.trim());
      setUnusedScan(null);
    } else {
      setUnusedScan(scan.raw.trim());
    }
  });

  if (form === null) {
    return problem === null ? <p className="loading">{t('grading.loading')}</p> : <p className="problem" role="alert"><MessageText message={problem} /></p>;
  }

  return (
    <form
      className="panel grading-form"
      data-testid="grading-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready || grade === null) {
          return;
        }
        void submitGrade({
          returnUnitId,
          answers,
          grade,
          disposition: overridden ? override : null,
          overrideReason: overridden ? overrideReason.trim() : null,
          locationCode: needsLocation && locationCode.trim() !== '' ? locationCode.trim() : null,
          gestureId,
        });
      }}
    >
      <h2>{t('grading.title', { serial: form.serial })}</h2>
      <p className="hint">
        {form.clientCode} · {form.sku} · {form.title} · {t(`grading.checklistSource.${form.checklistSource}`, { category: form.category ?? '—' })}
      </p>
      <div className="grading-questions">
        {form.questions.map((question) => (
          <fieldset key={question.questionId} className="choice-group" data-testid={`question-${question.questionId}`}>
            <legend>{checklistCaptionText(question.caption, t, i18n.language)}</legend>
            {question.options.map((option) => (
              <label key={option.optionId} className="choice">
                <input
                  type="radio"
                  name={`question-${question.questionId}`}
                  value={option.optionId}
                  data-testid={`answer-${question.questionId}-${option.optionId}`}
                  checked={answers[question.questionId] === option.optionId}
                  onChange={() => setAnswers({ ...answers, [question.questionId]: option.optionId })}
                />
                <span>{checklistCaptionText(option.caption, t, i18n.language)}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <fieldset className="choice-group grade-group">
        <legend>{t('grading.grade')}</legend>
        {form.grades.map((item) => (
          <label key={item} className="choice grade-choice">
            <input type="radio" name="grade" value={item} data-testid={`grade-${item}`} checked={grade === item} onChange={() => setGrade(item)} />
            <span>
              <strong>{item}</strong> {t(`grading.gradeMeaning.${item}`)}
            </span>
          </label>
        ))}
      </fieldset>
      {suggestion === null ? (
        <p className="hint" data-testid="grading-incomplete">{t('grading.answerAll')}</p>
      ) : (
        <dl className="facts suggestion" data-testid="grading-suggestion">
          <dt>{t('grading.amazonCondition')}</dt>
          <dd data-testid="amazon-condition">{suggestion.amazonCondition}</dd>
          <dt>{t('grading.suggested')}</dt>
          <dd data-testid="suggested-disposition" data-disposition={suggestion.suggestedDisposition}>
            {t(`disposition.${suggestion.suggestedDisposition}`)} · {t(`grading.ruleSource.${suggestion.rule.source}`, { number: suggestion.rule.index + 1 })}
          </dd>
        </dl>
      )}
      <div className="inline-form">
        <label>
          <span>{t('grading.override')}</span>
          <select data-testid="disposition-override" value={override} onChange={(event) => setOverride(event.target.value as Disposition | '')}>
            <option value="">{t('grading.keepSuggestion')}</option>
            {form.dispositions.map((item) => (
              <option key={item} value={item}>
                {t(`disposition.${item}`)}
              </option>
            ))}
          </select>
        </label>
        {overridden && (
          <label>
            <span>{t('grading.overrideReason')}</span>
            <input data-testid="override-reason" required maxLength={200} autoComplete="off" value={overrideReason} onChange={(event) => setOverrideReason(event.target.value)} />
          </label>
        )}
        {needsLocation && (
          <label>
            <span>{t('grading.location')}</span>
            <input data-testid="restock-location" list="returns-locations" maxLength={200} autoComplete="off" value={locationCode} onChange={(event) => setLocationCode(event.target.value)} />
            <datalist id="returns-locations">
              {locations.map((location) => (
                <option key={location.code} value={location.code}>
                  {location.name}
                </option>
              ))}
            </datalist>
          </label>
        )}
      </div>
      {overridden && overrideReason.trim() === '' && <p className="hint">{t('grading.reasonRequired')}</p>}
      {unusedScan !== null && (
        <p className="notice" role="status" data-testid="grading-unused-scan">
          {t('grading.unusedScan', { scan: unusedScan })}
        </p>
      )}
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      <button type="submit" className="primary big" data-testid="grading-submit" disabled={!ready || busy}>
        {disposition === null ? t('grading.submit') : t('grading.submitWith', { disposition: t(`disposition.${disposition}`) })}
      </button>
    </form>
  );
}
