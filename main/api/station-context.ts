import type Database from 'better-sqlite3';
import type { Result } from '../core/result';
import type { StationDevices } from '../devices/station-devices';
import type { Dpi, LabelDocument } from '../labels/model';

/** A failed print job, as the transport's printer reports it. */
export interface PrintFailure {
  readonly code: string;
  readonly detail: string;
}

/**
 * The inputs the service handlers take from the process that hosts them: the open store, the station
 * identity, folders, which transport carries the calls, and an optional printer.
 */
export interface StationContext {
  readonly db: Database.Database;
  /** The station row's UUID (ensureStation), recorded on every event. */
  readonly stationId: string;
  readonly dataDir: string;
  /** Folder that carton label PDFs and the command sheet are written to. */
  readonly labelsDir: string;
  readonly transport: 'electron' | 'browser';
  /**
   * Prints a carton label, given both as the written PDF (for spooler drivers) and as the label
   * document it was rendered from (for drivers that render their own format, such as Electron's
   * HTML print). Absent where no printer is wired up, such as the browser station.
   */
  readonly printCartonLabel?: (pdfPath: string, document: LabelDocument) => Promise<Result<void, PrintFailure>>;
  readonly appVersion: string;
  /** Language of printed labels and the command sheet: 'en', 'de', 'pl' or 'fr'. Default 'en'. */
  readonly labelLanguage?: string;
  /** Resolution of the label printer. Default 203 dpi. */
  readonly labelDpi?: Dpi;
  /** HID scanners and scales of the station; absent where HID devices cannot be read. */
  readonly devices?: StationDevices;
}
