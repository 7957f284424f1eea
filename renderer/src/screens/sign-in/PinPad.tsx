import { useTranslation } from 'react-i18next';

const digitRows: ReadonlyArray<ReadonlyArray<string>> = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
];

/** Most digits a PIN has; main rejects longer ones too. */
export const maxPinLength = 8;

/**
 * Renders a touch PIN pad beside the PIN field, for benches without a keyboard near the screen.
 * The field itself also takes typed digits, and both edit the same value.
 */
export function PinPad({ value, onChange }: { readonly value: string; readonly onChange: (value: string) => void }) {
  const { t } = useTranslation('operators');
  const press = (digit: string): void => {
    if (value.length < maxPinLength) {
      onChange(value + digit);
    }
  };

  return (
    <div className="pin-pad" role="group" aria-label={t('signIn.pin')}>
      {digitRows.map((row) => (
        <div className="pin-pad-row" key={row.join('')}>
          {row.map((digit) => (
            <button type="button" key={digit} data-testid={`pin-key-${digit}`} onClick={() => press(digit)}>
              {digit}
            </button>
          ))}
        </div>
      ))}
      <div className="pin-pad-row">
        <button type="button" data-testid="pin-clear" onClick={() => onChange('')}>
          {t('signIn.clear')}
        </button>
        <button type="button" data-testid="pin-key-0" onClick={() => press('0')}>
          0
        </button>
        <button type="button" aria-label={t('signIn.backspace')} onClick={() => onChange(value.slice(0, -1))}>
          ⌫
        </button>
      </div>
    </div>
  );
}
