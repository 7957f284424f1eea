import { useTranslation } from 'react-i18next';
import { checklistCaptionText } from './checklist-caption';
import { clientChecklist, questionView, ruleText, type QuestionView, type ReturnConfig } from './return-config-text';

/**
 * A client's effective returns configuration in plain words: warranty periods, the checklists
 * with their answer options in the station language, and the disposition rules as sentences.
 */
export function ReturnConfigView({ config }: { readonly config: ReturnConfig }) {
  const { t, i18n } = useTranslation('returns-desk');
  const fallback = clientChecklist(config);
  const days = (value: number | null): string => (value === null ? t('settings.warranty.unset') : t('settings.warranty.days', { count: value }));

  return (
    <div className="config-view" data-testid="config-view">
      <section className="panel">
        <h2>{t('settings.warranty.title')}</h2>
        <dl className="facts">
          <dt>{t('settings.warranty.default')}</dt>
          <dd data-testid="config-default-warranty">{days(config.defaultWarrantyDays)}</dd>
        </dl>
        {config.categories.length === 0 ? (
          <p className="hint">{t('settings.categories.none')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th>{t('settings.categories.category')}</th>
                <th>{t('settings.categories.warranty')}</th>
                <th>{t('settings.categories.checklist')}</th>
              </tr>
            </thead>
            <tbody>
              {config.categories.map((category) => (
                <tr key={category.category} data-testid="config-category">
                  <td>{category.category}</td>
                  <td>{category.warrantyDays === null ? t('settings.categories.defaultWarranty') : t('settings.warranty.days', { count: category.warrantyDays })}</td>
                  <td>{category.checklist === undefined ? t('settings.categories.clientChecklist') : t('settings.categories.ownChecklist')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ChecklistPanel
        title={t('settings.checklist.client')}
        hint={fallback.source === 'standard' ? t('settings.checklist.standard') : null}
        testId="config-checklist-client"
        questions={fallback.questions}
        language={i18n.language}
      />
      {config.categories.map(
        (category) =>
          category.checklist !== undefined && (
            <ChecklistPanel
              key={category.category}
              title={t('settings.checklist.category', { category: category.category })}
              hint={null}
              testId={`config-checklist-${category.category}`}
              questions={category.checklist.map(questionView)}
              language={i18n.language}
            />
          ),
      )}

      <section className="panel" data-testid="config-rules">
        <h2>{t('settings.rules.title')}</h2>
        <p className="hint">{t('settings.rules.hint')}</p>
        {config.dispositionRules.length === 0 ? (
          <p data-testid="config-no-rules">{t('settings.rules.none')}</p>
        ) : (
          <ol className="rule-list">
            {config.dispositionRules.map((rule, index) => (
              <li key={index} data-testid="config-rule" data-disposition={rule.disposition}>
                {ruleText(rule, config, t, i18n.language)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

interface ChecklistPanelProps {
  readonly title: string;
  readonly hint: string | null;
  readonly testId: string;
  readonly questions: ReadonlyArray<QuestionView>;
  readonly language: string;
}

function ChecklistPanel({ title, hint, testId, questions, language }: ChecklistPanelProps) {
  const { t } = useTranslation('returns-desk');

  return (
    <section className="panel" data-testid={testId}>
      <h2>{title}</h2>
      {hint !== null && <p className="hint">{hint}</p>}
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('settings.checklist.question')}</th>
            <th>{t('settings.checklist.options')}</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((question) => (
            <tr key={question.questionId} data-testid={`config-question-${question.questionId}`}>
              <td>{checklistCaptionText(question.caption, t, language)}</td>
              <td>{question.options.map((option) => checklistCaptionText(option.caption, t, language)).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
