import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  readonly title: string;
  readonly confirmLabel: string;
  readonly confirmTestId?: string;
  /** Called with the form's fields when the operator presses Enter or the confirm button. */
  readonly onConfirm: (fields: FormData) => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/**
 * A modal form: its first field gets focus, Enter confirms and Escape cancels, so it works from
 * the keyboard alone. Values are read from the form on submit, not from React state, so text
 * that the scan listener gave back to a field just before Enter is included.
 */
export function Dialog({ title, confirmLabel, confirmTestId, onConfirm, onCancel, children }: DialogProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onConfirm(new FormData(event.currentTarget));
  };

  return (
    <div className="dialog-backdrop">
      <form
        ref={formRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      >
        <h2>{title}</h2>
        {children}
        <div className="dialog-buttons">
          <button type="submit" className="primary" data-testid={confirmTestId}>
            {confirmLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
