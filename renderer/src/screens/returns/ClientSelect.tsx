import { useEffect, useRef, useState } from 'react';
import { callChannel } from '../../state/returns-calls';

export interface ClientChoice {
  readonly code: string;
  readonly name: string;
}

interface ClientSelectProps {
  readonly label: string;
  readonly testId: string;
  /** A client code, or '' for the empty option. */
  readonly value: string;
  readonly onChange: (clientCode: string) => void;
  /** Caption of an option with the value '', or null for a list of clients only. */
  readonly emptyOption: string | null;
  /** Called once with the station's clients, so a form can preselect one. */
  readonly onLoaded?: (clients: ReadonlyArray<ClientChoice>) => void;
}

/** A labelled choice of the station's clients, loaded through 'clients.list' when it mounts. */
export function ClientSelect({ label, testId, value, onChange, emptyOption, onLoaded }: ClientSelectProps) {
  const [clients, setClients] = useState<ReadonlyArray<ClientChoice>>([]);
  const loaded = useRef(onLoaded);

  useEffect(() => {
    void callChannel('clients.list', {}).then((result) => {
      if (result.ok) {
        setClients(result.value);
        loaded.current?.(result.value);
      }
    });
  }, []);

  return (
    <label>
      <span>{label}</span>
      <select data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)}>
        {emptyOption !== null && <option value="">{emptyOption}</option>}
        {clients.map((client) => (
          <option key={client.code} value={client.code}>
            {client.code} · {client.name}
          </option>
        ))}
      </select>
    </label>
  );
}
