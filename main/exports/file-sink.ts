import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/** A text sink that writes through a buffer of about `flushBytes` to a temporary file. */
export interface FileSink {
  write(text: string): void;
  /** Flushes, closes and renames the temporary file to its final name. */
  commit(): void;
  /** Closes and deletes the temporary file; the final name is left untouched. */
  abandon(): void;
  readonly bytesWritten: number;
}

/**
 * Opens `<file>.partial` for writing. Output reaches `file` only on `commit`, so a program
 * watching the folder never reads half an export and a failed export leaves no file behind.
 */
export function openFileSink(file: string, flushBytes = 1 << 20): FileSink {
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  let bytesWritten = 0;
  let open = true;

  const flush = (): void => {
    if (pending.length === 0) {
      return;
    }
    bytesWritten += writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };

  return {
    write(text: string): void {
      pending.push(text);
      // String length counts UTF-16 units, close enough to bytes to bound the buffer.
      pendingLength += text.length;
      if (pendingLength >= flushBytes) {
        flush();
      }
    },
    commit(): void {
      flush();
      closeSync(fd);
      open = false;
      renameSync(partial, file);
    },
    abandon(): void {
      if (open) {
        closeSync(fd);
        open = false;
      }
      rmSync(partial, { force: true });
    },
    get bytesWritten(): number {
      return bytesWritten + pendingLength;
    },
  };
}
