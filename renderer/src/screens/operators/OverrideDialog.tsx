import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { MessageText } from '../../components/MessageText';
import { applyViewIfCurrent, usePackStore } from '../../state/pack-store';
import { useBadgeCapture } from '../sign-in/session-wiring';

interface OverrideDialogProps {
  readonly shipmentId: number;
  /** Gesture id of the rejected scan to pack anyway. */
  readonly refusedGestureId: string;
  readonly onClose: () => void;
}

function newGestureId(): string {
  return `override-${crypto.randomUUID()}`;
}

/**
 * Asks a supervisor to approve packing a rejected scan: their badge scan, or their name and PIN,
 * and a reason. Main checks the supervisor's role and records both names in the event.
 */
export function OverrideDialog({ shipmentId, refusedGestureId, onClose }: OverrideDialogProps) {
  const { t } = useTranslation('operators');
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [gestureId] = useState(newGestureId);

  const submit = async (supervisor: { name: string; pin: string } | { badge: string }, reason: string): Promise<void> => {
    if (reason.trim() === '') {
      setProblem({ key: 'operators:override.reasonMissing', params: {} });
      return;
    }
    const result = await stationBridge()['pack.override']({ shipmentId, refusedGestureId, gestureId, reason, supervisor });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    applyViewIfCurrent(result.value.view);
    usePackStore.getState().setOutcome({ ...result.value.verdict, raw: null });
    onClose();
  };

  useBadgeCapture((badge) => {
    const reason = document.querySelector<HTMLInputElement>('[data-testid="override-reason"]')?.value ?? '';
    void submit({ badge }, reason);
  });

  return (
    <Dialog
      title={t('override.title')}
      confirmLabel={t('override.submit')}
      confirmTestId="override-confirm"
      onCancel={onClose}
      onConfirm={(fields) => {
        const name = String(fields.get('supervisorName') ?? '').trim();
        const pin = String(fields.get('supervisorPin') ?? '');
        void submit({ name, pin }, String(fields.get('reason') ?? ''));
      }}
    >
      <p className="hint">{t('override.hint')}</p>
      {problem !== null && (
        <p className="problem" role="alert" data-testid="override-problem">
          <MessageText message={problem} />
        </p>
      )}
      <label>
        <span>{t('override.reason')}</span>
        <input name="reason" data-testid="override-reason" maxLength={500} autoComplete="off" />
      </label>
      <label>
        <span>{t('override.supervisorName')}</span>
        <input name="supervisorName" data-testid="override-supervisor" maxLength={80} autoComplete="off" />
      </label>
      <label>
        <span>{t('override.supervisorPin')}</span>
        <input name="supervisorPin" type="password" inputMode="numeric" maxLength={8} data-testid="override-pin" autoComplete="off" />
      </label>
    </Dialog>
  );
}
