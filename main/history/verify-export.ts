import { createPublicKey, verify } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { err, ok, type Result } from '../core/result';
import { computeEventHash, genesisHash, type StoredEvent } from '../store/events';
import { historyFileFormat, historyFileVersion, signedTextOf, type HistoryFileHeader, type HistoryFileTrailer } from './history-file';
import { fingerprintOfSpki } from './station-key';

export interface VerifiedExport {
  readonly stationId: string;
  readonly stationName: string;
  readonly exportedAt: string;
  readonly eventCount: number;
  readonly headHash: string;
  readonly publicKeyFingerprint: string;
}

/**
 * The reason a history file failed. Event failures carry the 1-based `position` of the event line in
 * the file (not counting the header), its `seq` and its id:
 * - 'export-event-changed': the event no longer matches its hash, or (when the next event's link
 *   names an unknown hash while sequence numbers stay contiguous) was rewritten with a new hash;
 * - 'export-event-deleted': one or more events are missing just before this one;
 * - 'export-event-inserted': this event was added between two events that linked to each other.
 */
export type VerifyExportError =
  | { readonly code: 'export-event-changed' | 'export-event-deleted' | 'export-event-inserted'; readonly position: number; readonly seq: number; readonly eventId: string }
  | { readonly code: 'export-malformed'; readonly line: number; readonly detail: string }
  | { readonly code: 'export-truncated'; readonly detail: string }
  | { readonly code: 'export-signature-invalid' }
  | { readonly code: 'export-key-not-trusted'; readonly fingerprint: string; readonly expectedFingerprint: string };

type ExportEvent = StoredEvent & { readonly kind: 'event' };

interface Walk {
  position: number;
  previous: { readonly seq: number; readonly id: string; readonly hash: string } | null;
  /** Hash of the event before `previous`, to recognise an inserted event. */
  beforePrevious: string;
}

/**
 * Checks a signed history file without any database: every event against its hash, every
 * link, the event count and head hash in the trailer, and the Ed25519 signature with the public
 * key in the header. With `expectedFingerprint`, the header key must also be that key, which is
 * what stops someone from rewriting the file and signing it with a key of their own.
 */
export async function verifyHistoryExport(file: string, options: { readonly expectedFingerprint?: string } = {}): Promise<Result<VerifiedExport, VerifyExportError>> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let header: HistoryFileHeader | null = null;
  let trailer: HistoryFileTrailer | null = null;
  const walk: Walk = { position: 0, previous: null, beforePrevious: genesisHash };
  let lineNumber = 0;

  for await (const text of lines) {
    lineNumber += 1;
    if (text.trim() === '') {
      continue;
    }
    const parsed = parseLine(text);
    if (parsed === null || trailer !== null) {
      lines.close();
      return err({ code: 'export-malformed', line: lineNumber, detail: parsed === null ? 'not a JSON object with a kind' : 'text after the trailer' });
    }
    if (header === null) {
      const checked = checkHeader(parsed, lineNumber);
      if (!checked.ok) {
        lines.close();
        return checked;
      }
      header = checked.value;
      continue;
    }
    if (parsed.kind === 'trailer') {
      trailer = parsed as unknown as HistoryFileTrailer;
      continue;
    }
    if (parsed.kind !== 'event') {
      lines.close();
      return err({ code: 'export-malformed', line: lineNumber, detail: `unknown line kind ${String(parsed.kind)}` });
    }
    const broken = checkEvent(parsed as unknown as ExportEvent, walk);
    if (broken !== null) {
      lines.close();
      return err(broken);
    }
  }

  if (header === null) {
    return err({ code: 'export-malformed', line: lineNumber, detail: 'the file has no header' });
  }
  if (trailer === null) {
    return err({ code: 'export-truncated', detail: 'the file ends without its signed trailer' });
  }
  return checkTrailer(header, trailer, walk, options.expectedFingerprint);
}

function parseLine(text: string): { readonly kind?: unknown; readonly [key: string]: unknown } | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'kind' in value ? (value as { kind: unknown }) : null;
  } catch {
    return null;
  }
}

function checkHeader(parsed: { readonly [key: string]: unknown }, line: number): Result<HistoryFileHeader, VerifyExportError> {
  if (parsed.kind !== 'header' || parsed.format !== historyFileFormat) {
    return err({ code: 'export-malformed', line, detail: `the first line is not a ${historyFileFormat} header` });
  }
  if (parsed.version !== historyFileVersion) {
    return err({ code: 'export-malformed', line, detail: `format version ${String(parsed.version)} is not supported (this app reads version ${historyFileVersion})` });
  }
  if (typeof parsed.publicKeySpki !== 'string' || typeof parsed.stationId !== 'string' || typeof parsed.exportedAt !== 'string') {
    return err({ code: 'export-malformed', line, detail: 'the header lacks the station id, export time or public key' });
  }
  return ok(parsed as unknown as HistoryFileHeader);
}

function checkEvent(event: ExportEvent, walk: Walk): VerifyExportError | null {
  walk.position += 1;
  const at = (code: 'export-event-changed' | 'export-event-deleted' | 'export-event-inserted', position: number, target: { readonly seq: number; readonly id: string }): VerifyExportError => ({
    code,
    position,
    seq: target.seq,
    eventId: target.id,
  });
  const previous = walk.previous;

  if (event.prevHash !== (previous?.hash ?? genesisHash)) {
    if (previous !== null && event.prevHash === walk.beforePrevious) {
      return at('export-event-inserted', walk.position - 1, previous);
    }
    if (previous !== null && event.seq === previous.seq + 1) {
      return at('export-event-changed', walk.position - 1, previous);
    }
    return at('export-event-deleted', walk.position, event);
  }
  if (computeEventHash(event) !== event.hash) {
    return at('export-event-changed', walk.position, event);
  }

  walk.beforePrevious = previous?.hash ?? genesisHash;
  walk.previous = { seq: event.seq, id: event.id, hash: event.hash };
  return null;
}

function checkTrailer(header: HistoryFileHeader, trailer: HistoryFileTrailer, walk: Walk, expectedFingerprint: string | undefined): Result<VerifiedExport, VerifyExportError> {
  const headHash = walk.previous?.hash ?? genesisHash;
  if (trailer.eventCount !== walk.position || trailer.headHash !== headHash) {
    return err({
      code: 'export-truncated',
      detail: `the trailer names ${trailer.eventCount} events ending at ${trailer.headHash}, but the file holds ${walk.position} ending at ${headHash}`,
    });
  }

  const spki = Buffer.from(header.publicKeySpki, 'base64');
  const fingerprint = fingerprintOfSpki(spki);
  if (expectedFingerprint !== undefined && expectedFingerprint.toLowerCase() !== fingerprint) {
    return err({ code: 'export-key-not-trusted', fingerprint, expectedFingerprint });
  }

  // The signature covers the recomputed text, never the trailer's copy alone, so a trailer whose
  // signedText disagrees with the header and the walked chain cannot pass.
  const signedText = signedTextOf(header, walk.position, headHash);
  if (trailer.signedText !== signedText || !signatureValid(spki, signedText, trailer.signature)) {
    return err({ code: 'export-signature-invalid' });
  }

  return ok({ stationId: header.stationId, stationName: header.stationName, exportedAt: header.exportedAt, eventCount: walk.position, headHash, publicKeyFingerprint: fingerprint });
}

function signatureValid(spki: Buffer, signedText: string, signature: unknown): boolean {
  if (typeof signature !== 'string') {
    return false;
  }
  try {
    const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    return publicKey.asymmetricKeyType === 'ed25519' && verify(null, Buffer.from(signedText, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
