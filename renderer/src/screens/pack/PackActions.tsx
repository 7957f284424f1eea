import { useTranslation } from 'react-i18next';
import type { PackActionId } from './pack-shortcuts';
import { packShortcutKeys } from './pack-shortcuts';

const actionButtons: ReadonlyArray<{ readonly action: PackActionId; readonly testId: string; readonly primary?: boolean }> = [
  { action: 'new-carton', testId: 'new-carton' },
  { action: 'close-carton', testId: 'close-carton', primary: true },
  { action: 'undo-last-scan', testId: 'undo-last-scan' },
  { action: 'remove-unit', testId: 'remove-unit' },
  { action: 'reopen-carton', testId: 'reopen-carton' },
  { action: 'print-label', testId: 'print-label' },
  { action: 'finish-shipment', testId: 'finish-shipment' },
  { action: 'short-ship', testId: 'short-ship' },
  { action: 'command-sheet', testId: 'command-sheet' },
  { action: 'bulk-add', testId: 'bulk-add' },
  { action: 'export-manifest', testId: 'export-manifest' },
];

/** The pack screen's buttons, each labelled with its function key. */
export function PackActions({ onAction, disabled }: { readonly onAction: (action: PackActionId) => void; readonly disabled: boolean }) {
  const { t } = useTranslation();

  return (
    <nav className="pack-actions" aria-label={t('pack.actions.title')}>
      {actionButtons.map((button) => {
        const shortcut = packShortcutKeys[button.action];
        return (
          <button
            key={button.action}
            type="button"
            className={button.primary === true ? 'primary' : undefined}
            data-testid={button.testId}
            disabled={disabled}
            aria-keyshortcuts={shortcut}
            onClick={() => onAction(button.action)}
          >
            {shortcut !== undefined && <kbd>{shortcut}</kbd>}
            {t(`pack.actions.${button.action}`)}
          </button>
        );
      })}
    </nav>
  );
}
