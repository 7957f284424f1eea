import { canonicalJson } from '../store/canonical-json';

/**
 * The signed history file: JSON Lines, so it is written and checked one event at a time.
 * Line 1 is the header, then one line per event in chain order, then the trailer with the head
 * hash and the Ed25519 signature.
 */
export const historyFileFormat = 'packtrace-history';
export const historyFileVersion = 1;

/** Header text that explains to a reader without Packtrace how to check the file. */
export const historyFileDescription = [
  'Append-only event history of one Packtrace station, as JSON Lines: this header, one line per event in chain order, and a trailer.',
  'Each event hash is the lower-case hex SHA-256 of the JSON array [seq, id, occurredAt, stationId, operatorId, type, unitId, cartonId, shipmentId, idempotencyKey, payload, prevHash], serialised without whitespace.',
  'The first event has prevHash of 64 zeros, and every later event has the hash of the event before it as prevHash.',
  'The trailer signature is Ed25519 over the UTF-8 bytes of the signedText field of the trailer, which is canonical JSON (keys sorted, no whitespace) of format, version, stationId, exportedAt, publicKeySpki, eventCount and headHash.',
].join(' ');

export interface HistoryFileHeader {
  readonly kind: 'header';
  readonly format: typeof historyFileFormat;
  readonly version: typeof historyFileVersion;
  readonly description: string;
  readonly stationId: string;
  readonly stationName: string;
  readonly exportedAt: string;
  readonly signatureAlgorithm: 'Ed25519';
  /** DER SubjectPublicKeyInfo of the station key, base64. */
  readonly publicKeySpki: string;
  readonly publicKeyFingerprint: string;
}

export interface HistoryFileTrailer {
  readonly kind: 'trailer';
  readonly eventCount: number;
  readonly headHash: string;
  /** The exact text the signature covers; see `signedTextOf`. */
  readonly signedText: string;
  /** Ed25519 signature over `signedText`, base64. */
  readonly signature: string;
}

/** Serialises the fields the signature covers as the canonical JSON text that is signed. */
export function signedTextOf(header: HistoryFileHeader, eventCount: number, headHash: string): string {
  return canonicalJson({
    format: header.format,
    version: header.version,
    stationId: header.stationId,
    exportedAt: header.exportedAt,
    publicKeySpki: header.publicKeySpki,
    eventCount,
    headHash,
  });
}
