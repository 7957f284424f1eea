import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../main/api/contract';

/** Renders an operator message from main in the station language. */
export function MessageText({ message }: { readonly message: OperatorMessage }) {
  const { t } = useTranslation();
  return <>{t(message.key, message.params)}</>;
}
