import { useTranslation } from 'react-i18next';
import type { PackView } from '../../../../main/api/contract';
import { Dialog } from '../../components/Dialog';
import { finishShipment, removeUnit, reopenCarton, shortShip, undoReason } from '../../state/pack-actions';
import { usePackStore } from '../../state/pack-store';
import { BulkAddDialog } from './BulkAddDialog';
import { CloseCartonDialog } from './CloseCartonDialog';
import { ExportManifestDialog } from './ExportManifestDialog';
import { unitsNewestFirst } from './unit-order';

function fieldText(fields: FormData, name: string): string {
  return String(fields.get(name) ?? '').trim();
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
      return <CloseCartonDialog view={view} onDone={closeDialog} />;
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
