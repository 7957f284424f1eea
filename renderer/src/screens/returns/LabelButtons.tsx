import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { useLabelPreviewStore } from '../../state/label-preview-store';
import { callChannel } from '../../state/returns-calls';

type RelabelOutcome = ResponseOf<'returns.relabel'>;
export type ReturnLabelKind = RelabelOutcome['labelKind'];
type PrintJob = ResponseOf<'printing.jobs'>[number];

/** How often the buttons reread the print queue while one of their jobs is still on its way, in milliseconds. */
const jobPollMs = 1500;
/** How long after the last print request the buttons keep following it. The printing screen shows later changes. */
const jobFollowMs = 60_000;

function isPending(outcome: RelabelOutcome): boolean {
  return outcome.output === 'queued' && (outcome.job.status === 'queued' || outcome.job.status === 'sending');
}

/** Returns `outcomes` with each queued job replaced by its current row from the print queue. */
function withCurrentJobs(outcomes: Readonly<Partial<Record<ReturnLabelKind, RelabelOutcome>>>, jobs: ReadonlyArray<PrintJob>): Partial<Record<ReturnLabelKind, RelabelOutcome>> {
  const next: Partial<Record<ReturnLabelKind, RelabelOutcome>> = {};
  for (const [kind, outcome] of Object.entries(outcomes) as Array<[ReturnLabelKind, RelabelOutcome]>) {
    const current = outcome.output === 'queued' ? jobs.find((job) => job.id === outcome.job.id) : undefined;
    next[kind] = current === undefined || outcome.output !== 'queued' ? outcome : { ...outcome, job: current };
  }
  return next;
}

/**
 * Shows one button per label of a graded unit and what became of each print: a label goes to
 * the print queue when the station has a printer for it, else its PDF opens in the label preview.
 */
export function LabelButtons({ returnUnitId, labelKinds }: { readonly returnUnitId: number; readonly labelKinds: ReadonlyArray<ReturnLabelKind> }) {
  const { t } = useTranslation('returns-desk');
  const showLabel = useLabelPreviewStore((state) => state.show);
  const [outcomes, setOutcomes] = useState<Readonly<Partial<Record<ReturnLabelKind, RelabelOutcome>>>>({});
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [followUntil, setFollowUntil] = useState(0);
  // Each click queues a print job, so a label kind's button waits for its call to return.
  const [sending, setSending] = useState<ReadonlySet<ReturnLabelKind>>(new Set());
  const pending = Object.values(outcomes).some(isPending);

  // A queued label's status changes once the print worker sends it, so the buttons follow it.
  useEffect(() => {
    if (!pending || Date.now() > followUntil) {
      return;
    }
    const timer = setTimeout(() => {
      void callChannel('printing.jobs', {}).then((result) => {
        if (result.ok) {
          setOutcomes((current) => withCurrentJobs(current, result.value));
        }
      });
    }, jobPollMs);
    return () => clearTimeout(timer);
  }, [pending, outcomes, followUntil]);

  const relabel = async (labelKind: ReturnLabelKind): Promise<void> => {
    setProblem(null);
    setSending((current) => new Set(current).add(labelKind));
    const result = await callChannel('returns.relabel', { returnUnitId, labelKind });
    setSending((current) => {
      const next = new Set(current);
      next.delete(labelKind);
      return next;
    });
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setOutcomes((current) => ({ ...current, [labelKind]: result.value }));
    setFollowUntil(Date.now() + jobFollowMs);
    if (result.value.output === 'document') {
      showLabel({ document: result.value.document, cartonId: null });
    }
  };

  if (labelKinds.length === 0) {
    return <p className="hint">{t('relabel.noLabels')}</p>;
  }
  return (
    <>
      <div className="button-row">
        {labelKinds.map((labelKind) => (
          <button key={labelKind} type="button" className="primary" data-testid={`relabel-${labelKind}`} disabled={sending.has(labelKind)} onClick={() => void relabel(labelKind)}>
            {t(`relabel.kind.${labelKind}`)}
          </button>
        ))}
      </div>
      <ul className="relabel-results">
        {Object.values(outcomes).map((outcome) => (
          <li key={outcome.labelKind} data-testid="relabel-result" data-output={outcome.output}>
            {outcome.output === 'queued'
              ? t('relabel.queued', { label: t(`relabel.kind.${outcome.labelKind}`), job: outcome.job.title, status: t(`relabel.jobStatus.${outcome.job.status}`) })
              : t('relabel.asPdf', { label: t(`relabel.kind.${outcome.labelKind}`), file: outcome.document.fileName })}
            {outcome.output === 'document' && (
              <button type="button" onClick={() => showLabel({ document: outcome.document, cartonId: null })}>
                {t('relabel.showAgain')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {problem !== null && (
        <p className="problem" role="alert" data-testid="relabel-problem">
          <MessageText message={problem} />
        </p>
      )}
    </>
  );
}
