import { useTranslation } from 'react-i18next';

/** Renders the close-box dialog's fields for an FBA box: its three outer sides, their unit and the label stock. */
export function FbaBoxFields() {
  const { t } = useTranslation();

  return (
    <fieldset className="fba-box-fields">
      <legend>{t('fba:boxClose.dimensions')}</legend>
      {(['length', 'width', 'height'] as const).map((side) => (
        <label key={side}>
          <span>{t(`fba:boxClose.${side}`)}</span>
          <input name={side} data-testid={`box-${side}-input`} inputMode="decimal" autoComplete="off" required />
        </label>
      ))}
      <label>
        <span>{t('fba:boxClose.unit')}</span>
        <select name="lengthUnit" data-testid="box-unit-select" defaultValue="cm">
          <option value="cm">{t('fba:boxClose.unitCm')}</option>
          <option value="in">{t('fba:boxClose.unitIn')}</option>
        </select>
      </label>
      <label>
        <span>{t('fba:boxClose.labelStock')}</span>
        <select name="labelStock" data-testid="box-label-stock-select" defaultValue="4x6in">
          <option value="4x6in">{t('fba:boxClose.stock4x6')}</option>
          <option value="3.33x4in">{t('fba:boxClose.stock333x4')}</option>
        </select>
      </label>
    </fieldset>
  );
}
