import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../main/api/contract';
import { localizeTimeParams } from './message-params';

/** Renders an operator message from main in the station language, its times included. */
export function MessageText({ message }: { readonly message: OperatorMessage }) {
  const { t, i18n } = useTranslation();
  return <>{t(message.key, localizeTimeParams(message.params, i18n.language))}</>;
}
