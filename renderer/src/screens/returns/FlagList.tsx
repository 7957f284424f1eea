import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';

type ReturnFlag = ResponseOf<'returns.checkUnit'>['flags'][number];

/**
 * Lists the unit check's flags: a short title per flag code from this screen's catalog, main's
 * sentence with the facts (which order, which client), and what the flag means for the unit.
 */
export function FlagList({ flags }: { readonly flags: ReadonlyArray<ReturnFlag> }) {
  const { t } = useTranslation('returns-desk');
  if (flags.length === 0) {
    return null;
  }

  return (
    <ul className="flag-list" data-testid="flag-list">
      {flags.map((flag) => (
        <li key={flag.code} className="flag" data-testid="return-flag" data-code={flag.code}>
          <strong>{t(`flag.${flag.code}.title`)}</strong>
          <span>
            <MessageText message={flag.message} />
          </span>
          <span className="hint">{t(`flag.${flag.code}.explanation`)}</span>
        </li>
      ))}
    </ul>
  );
}
