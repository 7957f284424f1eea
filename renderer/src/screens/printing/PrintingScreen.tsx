import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { ProfileForm } from './ProfileForm';
import { type JobAction, type PrintJobEntry, type PrinterProfileEntry, actionsFor, loadPrintQueue, runJobAction } from './print-calls';

const refreshIntervalMs = 2_000;

function JobRow({ job, onAction }: { readonly job: PrintJobEntry; readonly onAction: (action: JobAction, job: PrintJobEntry) => void }) {
  const { t } = useTranslation('printing');
  return (
    <tr data-testid={`print-job-${job.id}`} data-status={job.status}>
      <td>{job.id}</td>
      <td>{job.title}</td>
      <td>{t(`kind.${job.labelKind}`, { defaultValue: job.labelKind })}</td>
      <td>{job.format.toUpperCase()}</td>
      <td>{t(`status.${job.status}`)}</td>
      <td>{job.attempts}</td>
      <td className="print-error">{job.lastError ?? ''}</td>
      <td>{job.reprintOf === null ? '' : t('reprintOf', { id: job.reprintOf })}</td>
      <td>
        {actionsFor(job.status).map((action) => (
          <button key={action} type="button" data-testid={`print-${action}-${job.id}`} onClick={() => onAction(action, job)}>
            {t(`action.${action}`)}
          </button>
        ))}
      </td>
    </tr>
  );
}

function ProfileList({ profiles }: { readonly profiles: ReadonlyArray<PrinterProfileEntry> }) {
  const { t } = useTranslation('printing');
  if (profiles.length === 0) {
    return <p>{t('noProfiles')}</p>;
  }
  return (
    <ul className="print-profiles">
      {profiles.map((profile) => (
        <li key={profile.labelKind} data-testid={`print-profile-${profile.labelKind}`}>
          {t('profileLine', {
            kind: t(`kind.${profile.labelKind}`, { defaultValue: profile.labelKind }),
            printer: profile.printerName,
            driver: t(`driver.${profile.driver}`),
            format: profile.format.toUpperCase(),
            width: profile.mediaWidthMm,
            height: profile.mediaHeightMm,
            dpi: profile.dpi,
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The print queue: every job of the station with status, attempts and last error, and the actions
 * its status allows. Reprint, void and confirm ask for a reason first.
 */
export function PrintingScreen() {
  const { t } = useTranslation('printing');
  const [jobs, setJobs] = useState<ReadonlyArray<PrintJobEntry>>([]);
  const [profiles, setProfiles] = useState<ReadonlyArray<PrinterProfileEntry>>([]);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [pending, setPending] = useState<{ readonly action: JobAction; readonly job: PrintJobEntry } | null>(null);
  const [reason, setReason] = useState('');

  const load = useCallback(async (): Promise<void> => {
    const loaded = await loadPrintQueue();
    setJobs(loaded.jobs);
    setProfiles(loaded.profiles);
    setProblem(loaded.problem);
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), refreshIntervalMs);
    return () => clearInterval(timer);
  }, [load]);

  const act = async (action: JobAction, job: PrintJobEntry, actionReason: string): Promise<void> => {
    setProblem(await runJobAction(action, job.id, actionReason));
    setPending(null);
    setReason('');
    await load();
  };

  const onAction = (action: JobAction, job: PrintJobEntry): void => {
    if (action === 'retry') {
      void act(action, job, '');
      return;
    }
    setPending({ action, job });
  };

  return (
    <section className="screen printing" data-testid="printing-screen">
      <h1>{t('title')}</h1>
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      {pending !== null && (
        <form
          className="print-reason"
          onSubmit={(event) => {
            event.preventDefault();
            void act(pending.action, pending.job, reason);
          }}
        >
          <label>
            {t('reasonFor', { action: t(`action.${pending.action}`), id: pending.job.id })}
            <input data-testid="print-reason" value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} />
          </label>
          <button type="submit" data-testid="print-reason-submit" disabled={reason.trim() === ''}>
            {t(`action.${pending.action}`)}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('cancel')}
          </button>
        </form>
      )}
      <h2>{t('jobs')}</h2>
      {jobs.length === 0 ? (
        <p>{t('noJobs')}</p>
      ) : (
        <table className="print-jobs">
          <thead>
            <tr>
              <th>{t('column.id')}</th>
              <th>{t('column.title')}</th>
              <th>{t('column.kind')}</th>
              <th>{t('column.format')}</th>
              <th>{t('column.status')}</th>
              <th>{t('column.attempts')}</th>
              <th>{t('column.error')}</th>
              <th>{t('column.reprintOf')}</th>
              <th>{t('column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <JobRow key={job.id} job={job} onAction={onAction} />
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('profiles')}</h2>
      <ProfileList profiles={profiles} />
      <ProfileForm
        onSaved={(saveProblem) => {
          setProblem(saveProblem);
          void load();
        }}
      />
    </section>
  );
}
