import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { roleHasPermission } from '../../../../main/operators/roles';
import { MessageText } from '../../components/MessageText';
import { saveDownload } from '../../state/manifest-download';
import { callChannel, fileAsBase64 } from '../../state/returns-calls';
import { useOperatorSession } from '../sign-in/operator-session-store';
import { ClientSelect } from './ClientSelect';
import { configProblems } from './return-config-problems';
import { ReturnConfigView } from './ReturnConfigView';

type ConfigView = ResponseOf<'returns.config'>;

/**
 * Files above this size are rejected before reading. The loopback host reads at most 1 MiB per
 * request (main/station/request-body.ts), so a larger file could not reach main anyway.
 */
const maxFileBytes = 1024 * 1024;

/** Why a loaded file changed nothing: a message, or the parsed file whose schema problems explain it. */
interface Rejection {
  readonly fileName: string;
  readonly messages: ReadonlyArray<OperatorMessage>;
  /** Kept so the problems are worded again when the operator switches the language. */
  readonly invalidConfig?: unknown;
}

/**
 * A client's returns configuration: the effective checklists, warranty periods and disposition
 * rules, a JSON download as a starting point for editing, and for supervisors the upload of a
 * JSON file that replaces the configuration. Other operators see it read-only, because
 * technicians grade by it and 'returns.setConfig' needs 'operators.manage'.
 */
export function ReturnsSettingsScreen() {
  const { t, i18n } = useTranslation('returns-desk');
  const role = useOperatorSession((state) => state.operator?.role ?? null);
  const mayEdit = role !== null && roleHasPermission(role, 'operators.manage');
  const [clientCode, setClientCode] = useState('');
  const [view, setView] = useState<ConfigView | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [loadedFile, setLoadedFile] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The client on screen when an upload's response arrives, which may differ from the client it was for.
  const shownClient = useRef(clientCode);
  shownClient.current = clientCode;

  useEffect(() => {
    setView(null);
    setProblem(null);
    setRejection(null);
    setLoadedFile(null);
    if (clientCode === '') {
      return;
    }
    let active = true;
    void callChannel('returns.config', { clientCode }).then((result) => {
      if (!active) {
        return;
      }
      if (result.ok) {
        setView(result.value);
      } else {
        setProblem(result.message);
      }
    });
    return () => {
      active = false;
    };
  }, [clientCode]);

  const replace = async (file: File): Promise<void> => {
    const forClient = clientCode;
    setRejection(null);
    setLoadedFile(null);
    const reject = (messages: ReadonlyArray<OperatorMessage>): void => setRejection({ fileName: file.name, messages });
    if (file.size > maxFileBytes) {
      reject([{ key: 'returns-desk:settings.tooLarge', params: { file: file.name, maxKb: maxFileBytes / 1024 } }]);
      return;
    }

    let config: unknown;
    try {
      config = JSON.parse(await file.text());
    } catch (error) {
      // NOTE: the detail (where the syntax breaks) is the browser's own text, not the station language.
      reject([{ key: 'returns-desk:settings.notJson', params: { file: file.name, detail: error instanceof Error ? error.message : String(error) } }]);
      return;
    }

    // Main validates in full and saves nothing on a problem, but its message names only the first
    // one. The list comes from the same schema here. Main's message stays for any other failure.
    const result = await callChannel('returns.setConfig', { clientCode: forClient, config });
    if (shownClient.current !== forClient) {
      return;
    }
    if (!result.ok) {
      const schemaExplains = configProblems(config, t).length > 0;
      setRejection({ fileName: file.name, messages: [result.message], ...(schemaExplains ? { invalidConfig: config } : {}) });
      return;
    }
    setView(result.value);
    setLoadedFile(file.name);
  };

  const download = async (current: ConfigView): Promise<void> => {
    const json = `${JSON.stringify(current.config, null, 2)}\n`;
    saveDownload(`returns-config-${current.clientCode}.json`, await fileAsBase64(new Blob([json])), 'application/json');
  };

  return (
    <section className="screen returns-settings" data-testid="returns-settings">
      <h1>{t('settings.title')}</h1>
      <p className="hint">{mayEdit ? t('settings.hintSupervisor') : t('settings.hintReadOnly')}</p>
      <div className="inline-form">
        <ClientSelect
          label={t('settings.client')}
          testId="settings-client"
          value={clientCode}
          onChange={setClientCode}
          emptyOption={null}
          onLoaded={(clients) => setClientCode((current) => (current === '' ? (clients[0]?.code ?? '') : current))}
        />
        <button type="button" data-testid="settings-download" disabled={view === null} onClick={() => {
            if (view !== null) {
              void download(view);
            }
          }}
        >
          {t('settings.download')}
        </button>
      </div>
      {mayEdit && view !== null && (
        <form
          className="panel inline-form settings-upload"
          data-testid="settings-upload"
          onSubmit={(event) => {
            event.preventDefault();
            const file = new FormData(event.currentTarget).get('config');
            if (!(file instanceof File) || file.size === 0) {
              return;
            }
            setBusy(true);
            void replace(file).finally(() => setBusy(false));
          }}
        >
          <label className="file-choice">
            <span>{t('settings.file')}</span>
            <input name="config" type="file" accept=".json,application/json" data-testid="settings-file" />
          </label>
          <button type="submit" className="primary" data-testid="settings-load" disabled={busy}>
            {t('settings.load')}
          </button>
        </form>
      )}
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      {rejection !== null && (
        <div className="problem" role="alert" data-testid="settings-rejected">
          <p>{t('settings.rejected', { file: rejection.fileName, clientCode })}</p>
          <ul>
            {(rejection.invalidConfig === undefined ? rejection.messages : configProblems(rejection.invalidConfig, t)).map((message, index) => (
              <li key={index} data-testid="settings-problem" data-path={message.params['path']}>
                <MessageText message={message} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {loadedFile !== null && (
        <p className="notice" role="status" data-testid="settings-loaded">
          {t('settings.loaded', { file: loadedFile, clientCode })}
        </p>
      )}
      {view !== null && (
        <>
          <p data-testid="config-source" data-default={String(view.isDefault)} className={view.isDefault ? 'hint' : 'notice'}>
            {view.isDefault || view.updatedAt === null
              ? t('settings.source.standard', { clientCode: view.clientCode })
              : t('settings.source.client', { clientCode: view.clientCode, at: new Date(view.updatedAt).toLocaleString(i18n.language) })}
          </p>
          <ReturnConfigView config={view.config} />
        </>
      )}
    </section>
  );
}
