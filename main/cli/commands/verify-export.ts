import { verifyHistoryExport, type VerifyExportError } from '../../history/verify-export';
import { rejectUnknownFlags, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';

function describeFailure(error: VerifyExportError): string {
  switch (error.code) {
    case 'export-event-changed':
      return `event ${error.eventId} (position ${error.position}, seq ${error.seq}) was changed after it was recorded`;
    case 'export-event-deleted':
      return `event ${error.eventId} (position ${error.position}, seq ${error.seq}) follows one or more deleted events`;
    case 'export-event-inserted':
      return `event ${error.eventId} (position ${error.position}, seq ${error.seq}) was inserted into the history`;
    case 'export-malformed':
      return `line ${error.line} is invalid: ${error.detail}`;
    case 'export-truncated':
      return error.detail;
    case 'export-signature-invalid':
      return 'the signature does not match the public key in the file';
    case 'export-key-not-trusted':
      return `the file is signed with key ${error.fingerprint}, not the expected ${error.expectedFingerprint}`;
  }
}

/**
 * `verify-export FILE [--fingerprint HEX] [--json]`: checks a signed history file without the
 * database. Exits 0 when the chain and signature hold and 1 naming the first problem.
 */
export async function runVerifyExport(line: ParsedCommandLine, io: CliIo): Promise<number> {
  rejectUnknownFlags(line, ['fingerprint', 'json']);
  const [file] = line.positionals;
  if (file === undefined || line.positionals.length > 1) {
    throw new UsageError('usage: verify-export FILE [--fingerprint HEX] [--json]');
  }
  const fingerprint = line.flags.get('fingerprint');

  let result;
  try {
    result = await verifyHistoryExport(file, fingerprint === undefined ? {} : { expectedFingerprint: fingerprint });
  } catch (error) {
    io.stderr.write(`packtrace: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }

  if (line.flags.has('json')) {
    io.stdout.write(`${JSON.stringify(result.ok ? { ok: true, ...result.value } : { ok: false, ...result.error })}\n`);
  } else if (result.ok) {
    const verified = result.value;
    io.stdout.write(
      `Export intact: ${verified.eventCount} events of station ${verified.stationName} (${verified.stationId}), head ${verified.headHash}, signed by key ${verified.publicKeyFingerprint}\n`,
    );
  } else {
    io.stdout.write(`Export altered: ${describeFailure(result.error)}\n`);
  }
  return result.ok ? 0 : 1;
}
