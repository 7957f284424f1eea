import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackView } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { closeCarton, finishShipment, removeUnit, reopenCarton, shortShip, undoReason } from '../../state/pack-actions';
import { usePackStore } from '../../state/pack-store';
import { BulkAddDialog } from './BulkAddDialog';
import { kilogramsText, useCartonScale } from './carton-scale';
import { ExportManifestDialog } from './ExportManifestDialog';
import { unitsNewestFirst } from './unit-order';
import { parseWeightKg } from './weight';

function fieldText(fields: FormData, name: string): string {
  return String(fields.get(name) ?? '').trim();
}

/**
 * Asks for the carton's weight in kilograms; Enter confirms and main receives whole grams. With a
 * carton scale set up, a stable reading fills the field (until the operator types), and confirming
 * while the scale is still settling waits for it. With the expected-weight check on, a weight
 * outside the tolerance is shown with the expected weight and must be confirmed a second time.
 */
function CloseCartonDialog({ onDone }: { readonly onDone: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [typedByHand, setTypedByHand] = useState(false);
  const [recheckedGrams, setRecheckedGrams] = useState<number | null>(null);
  const weightInput = useRef<HTMLInputElement>(null);
  const scale = useCartonScale();
  const reading = scale?.reading ?? null;

  useEffect(() => {
    if (!typedByHand && reading?.status === 'stable' && weightInput.current !== null) {
      weightInput.current.value = kilogramsText(reading.grams);
    }
  }, [reading, typedByHand]);

  const confirm = async (text: string): Promise<void> => {
    if (!typedByHand && scale?.scaleName != null && reading?.status !== 'stable') {
      setProblem(t('devices:scale.waitForStable'));
      return;
    }
    const weight = parseWeightKg(text);
    if (!weight.ok) {
      setProblem(t(`pack.close.weightError.${weight.reason}`));
      return;
    }

    const shipmentId = usePackStore.getState().view?.shipment.shipmentId;
    if (shipmentId !== undefined && recheckedGrams !== weight.grams) {
      const check = await stationBridge()['cartons.checkWeight']({ shipmentId, weightGrams: weight.grams });
      if (check.ok && !check.value.withinTolerance && check.value.expectedGrams !== null) {
        setRecheckedGrams(weight.grams);
        setProblem(
          t('devices:weightCheck.outside', {
            weight: kilogramsText(weight.grams),
            expected: kilogramsText(check.value.expectedGrams),
            tolerance: check.value.toleranceGrams,
          }),
        );
        return;
      }
    }
    onDone();
    void closeCarton(weight.grams);
  };

  return (
    <Dialog
      title={t('pack.close.title')}
      confirmLabel={t('pack.close.confirm')}
      confirmTestId="weight-confirm"
      onCancel={onDone}
      onConfirm={(fields) => void confirm(fieldText(fields, 'weightKg'))}
    >
      <label>
        <span>{t('pack.close.weight')}</span>
        <input
          ref={weightInput}
          name="weightKg"
          data-testid="weight-input"
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={problem !== null}
          onInput={() => setTypedByHand(true)}
        />
      </label>
      {scale?.scaleName != null && (
        <p className="notice" role="status" data-testid="scale-status">
          {scale.connected && reading !== null
            ? t(`devices:scale.status.${reading.status}`, { grams: reading.grams, kg: kilogramsText(reading.grams) })
            : t('devices:scale.disconnected', { name: scale.scaleName })}
        </p>
      )}
      {problem !== null && (
        <p className="problem" role="alert" data-testid="close-carton-problem">
          {problem}
        </p>
      )}
    </Dialog>
  );
}

function ReasonField() {
  const { t } = useTranslation();
  return (
    <label>
      <span>{t('pack.reason')}</span>
      <input name="reason" data-testid="reason-input" autoComplete="off" maxLength={500} required />
    </label>
  );
}

function RemoveUnitDialog({ view, onDone }: { readonly view: PackView; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const units = unitsNewestFirst(view.openCartonUnits);

  return (
    <Dialog
      title={t('pack.remove.title')}
      confirmLabel={t('pack.remove.confirm')}
      confirmTestId="remove-confirm"
      onCancel={onDone}
      onConfirm={(fields) => {
        const unitId = Number(fields.get('unitId'));
        const reason = fieldText(fields, 'reason');
        if (Number.isInteger(unitId) && unitId > 0 && reason.length > 0) {
          onDone();
          void removeUnit(unitId, reason);
        }
      }}
    >
      <label>
        <span>{t('pack.remove.unit')}</span>
        <select name="unitId" data-testid="remove-unit-select">
          {units.map((unit) => (
            <option key={unit.unitId} value={unit.unitId}>
              {unit.serial} · {unit.sku}
            </option>
          ))}
        </select>
      </label>
      <ReasonField />
    </Dialog>
  );
}

function ReopenCartonDialog({ view, onDone }: { readonly view: PackView; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const closed = view.cartons.filter((carton) => carton.status === 'closed').reverse();

  return (
    <Dialog
      title={t('pack.reopen.title')}
      confirmLabel={t('pack.reopen.confirm')}
      confirmTestId="reopen-confirm"
      onCancel={onDone}
      onConfirm={(fields) => {
        const cartonId = Number(fields.get('cartonId'));
        const reason = fieldText(fields, 'reason');
        if (Number.isInteger(cartonId) && cartonId > 0 && reason.length > 0) {
          onDone();
          void reopenCarton(cartonId, reason);
        }
      }}
    >
      <label>
        <span>{t('pack.reopen.carton')}</span>
        <select name="cartonId" data-testid="reopen-carton-select">
          {closed.map((carton) => (
            <option key={carton.cartonId} value={carton.cartonId}>
              {t('pack.cartons.number', { number: carton.number })} · {carton.sscc}
            </option>
          ))}
        </select>
      </label>
      <ReasonField />
    </Dialog>
  );
}

function UndoDialog({ view, onDone }: { readonly view: PackView; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const newest = unitsNewestFirst(view.openCartonUnits)[0];
  if (newest === undefined) {
    return null;
  }

  return (
    <Dialog
      title={t('pack.undo.title')}
      confirmLabel={t('pack.undo.confirm')}
      confirmTestId="undo-confirm"
      onCancel={onDone}
      onConfirm={() => {
        onDone();
        void removeUnit(newest.unitId, undoReason);
      }}
    >
      <p>{t('pack.undo.question', { serial: newest.serial, sku: newest.sku })}</p>
    </Dialog>
  );
}

/** Renders the dialog set in the pack store, if any. */
export function PackDialogs({ view }: { readonly view: PackView }) {
  const { t } = useTranslation();
  const dialog = usePackStore((state) => state.dialog);
  const closeDialog = usePackStore((state) => state.closeDialog);

  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'close-carton':
      return <CloseCartonDialog onDone={closeDialog} />;
    case 'undo-last-scan':
      return <UndoDialog view={view} onDone={closeDialog} />;
    case 'remove-unit':
      return <RemoveUnitDialog view={view} onDone={closeDialog} />;
    case 'reopen-carton':
      return <ReopenCartonDialog view={view} onDone={closeDialog} />;
    case 'bulk-add':
      return <BulkAddDialog view={view} onDone={closeDialog} />;
    case 'export-manifest':
      return <ExportManifestDialog view={view} onDone={closeDialog} />;
    case 'short-ship':
      return (
        <Dialog
          title={t('pack.shortShip.title')}
          confirmLabel={t('pack.shortShip.confirm')}
          confirmTestId="short-ship-confirm"
          onCancel={closeDialog}
          onConfirm={(fields) => {
            const reason = fieldText(fields, 'reason');
            if (reason.length > 0) {
              closeDialog();
              void shortShip(reason);
            }
          }}
        >
          <p>{t('pack.shortShip.question', { reference: view.shipment.reference })}</p>
          <ReasonField />
        </Dialog>
      );
    case 'finish-shipment':
      return (
        <Dialog
          title={t('pack.finish.title')}
          confirmLabel={t('pack.finish.confirm')}
          confirmTestId="finish-confirm"
          onCancel={closeDialog}
          onConfirm={() => {
            closeDialog();
            void finishShipment();
          }}
        >
          <p>{t('pack.finish.question', { reference: view.shipment.reference })}</p>
        </Dialog>
      );
  }
}
