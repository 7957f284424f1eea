import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, PackView } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { MessageText } from '../../components/MessageText';
import { closeFbaBox, type FbaBoxLabelStock, measureOpenFbaBox } from '../../state/fba-box-actions';
import { closeCarton } from '../../state/pack-actions';
import { usePackStore } from '../../state/pack-store';
import { type LengthUnit, parseBoxSideMm } from './box-dimensions';
import { kilogramsText, useCartonScale } from './carton-scale';
import { FbaBoxFields } from './FbaBoxFields';
import { parseWeightKg } from './weight';

function fieldText(fields: FormData, name: string): string {
  return String(fields.get(name) ?? '').trim();
}

interface BoxSides {
  readonly lengthMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** Reads the FBA box's three sides in millimetres, or the translation key of the first invalid one. */
function readBoxSides(fields: FormData): { readonly ok: true; readonly sides: BoxSides } | { readonly ok: false; readonly problemKey: string } {
  const unit: LengthUnit = fields.get('lengthUnit') === 'in' ? 'in' : 'cm';
  const length = parseBoxSideMm(fieldText(fields, 'length'), unit);
  const width = parseBoxSideMm(fieldText(fields, 'width'), unit);
  const height = parseBoxSideMm(fieldText(fields, 'height'), unit);

  if (!length.ok) {
    return { ok: false, problemKey: `fba:boxClose.sideError.${length.reason}` };
  }
  if (!width.ok) {
    return { ok: false, problemKey: `fba:boxClose.sideError.${width.reason}` };
  }
  if (!height.ok) {
    return { ok: false, problemKey: `fba:boxClose.sideError.${height.reason}` };
  }
  return { ok: true, sides: { lengthMm: length.mm, widthMm: width.mm, heightMm: height.mm } };
}

function labelStockOf(fields: FormData): FbaBoxLabelStock {
  return fields.get('labelStock') === '3.33x4in' ? '3.33x4in' : '4x6in';
}

/**
 * Asks for the carton's weight in kilograms; Enter confirms and main receives whole grams. With a
 * carton scale set up, a stable reading fills the field (until the operator types), and confirming
 * while the scale is still settling waits for it. With the expected-weight check on, a weight
 * outside the tolerance is shown with the expected weight and must be confirmed a second time.
 *
 * For an FBA inbound shipment the dialog also has fields for the box's sides and the label stock. The
 * measurements are recorded before the box closes; a box over one of Amazon's limits lists the
 * limits and must be confirmed a second time. The preview then shows the box ID label.
 */
export function CloseCartonDialog({ view, onDone }: { readonly view: PackView; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [limitWarnings, setLimitWarnings] = useState<ReadonlyArray<OperatorMessage>>([]);
  const [typedByHand, setTypedByHand] = useState(false);
  const [recheckedGrams, setRecheckedGrams] = useState<number | null>(null);
  const [acceptedMeasurements, setAcceptedMeasurements] = useState<string | null>(null);
  const [failedMeasurements, setFailedMeasurements] = useState<string | null>(null);
  const weightInput = useRef<HTMLInputElement>(null);
  const scale = useCartonScale();
  const reading = scale?.reading ?? null;
  const isFbaBox = view.shipment.kind === 'fba-inbound';

  useEffect(() => {
    if (!typedByHand && reading?.status === 'stable' && weightInput.current !== null) {
      weightInput.current.value = kilogramsText(reading.grams);
    }
  }, [reading, typedByHand]);

  const confirm = async (fields: FormData): Promise<void> => {
    if (!typedByHand && scale?.scaleName != null && reading?.status !== 'stable') {
      setProblem(t('devices:scale.waitForStable'));
      return;
    }
    const weight = parseWeightKg(fieldText(fields, 'weightKg'));
    if (!weight.ok) {
      setProblem(t(`pack.close.weightError.${weight.reason}`));
      return;
    }
    const sides = isFbaBox ? readBoxSides(fields) : null;
    if (sides !== null && !sides.ok) {
      setProblem(t(sides.problemKey));
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

    if (sides === null) {
      onDone();
      void closeCarton(weight.grams);
      return;
    }
    const measurements = { weightGrams: weight.grams, ...sides.sides };
    const measurementKey = JSON.stringify(measurements);
    const measured = await measureOpenFbaBox(measurements);
    if ('failure' in measured) {
      // A shipment imported as FBA with a reference that is no FBA shipment ID takes no box
      // measurements, so a second confirm closes it as a plain carton with its SSCC label.
      if (failedMeasurements === measurementKey) {
        onDone();
        void closeCarton(weight.grams);
        return;
      }
      setFailedMeasurements(measurementKey);
      setProblem(`${t(measured.failure.key, measured.failure.params)} ${t('fba:boxClose.confirmWithoutMeasurements')}`);
      return;
    }
    // The same measurements confirmed a second time close the box despite the warnings.
    if (measured.warnings.length > 0 && acceptedMeasurements !== measurementKey) {
      setAcceptedMeasurements(measurementKey);
      setLimitWarnings(measured.warnings);
      setProblem(t('fba:boxClose.confirmOverLimit'));
      return;
    }
    onDone();
    void closeFbaBox(weight.grams, labelStockOf(fields));
  };

  return (
    <Dialog
      title={isFbaBox ? t('fba:boxClose.title', { number: view.openCarton?.number ?? '' }) : t('pack.close.title')}
      confirmLabel={t('pack.close.confirm')}
      confirmTestId="weight-confirm"
      onCancel={onDone}
      onConfirm={(fields) => void confirm(fields)}
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
      {isFbaBox && <FbaBoxFields />}
      {scale?.scaleName != null && (
        <p className="notice" role="status" data-testid="scale-status">
          {scale.connected && reading !== null
            ? t(`devices:scale.status.${reading.status}`, { grams: reading.grams, kg: kilogramsText(reading.grams) })
            : t('devices:scale.disconnected', { name: scale.scaleName })}
        </p>
      )}
      {limitWarnings.length > 0 && (
        <ul className="notice box-limit-warnings" data-testid="box-limit-warnings">
          {limitWarnings.map((warning) => (
            <li key={warning.key}>
              <MessageText message={warning} />
            </li>
          ))}
        </ul>
      )}
      {problem !== null && (
        <p className="problem" role="alert" data-testid="close-carton-problem">
          {problem}
        </p>
      )}
    </Dialog>
  );
}
