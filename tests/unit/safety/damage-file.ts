import { closeSync, openSync, writeSync } from 'node:fs';

/** Overwrites `length` bytes at `offset` with 0xA5, as a failing disk or a bad copy would. */
export function damageFile(file: string, offset: number, length: number): void {
  const descriptor = openSync(file, 'r+');
  writeSync(descriptor, Buffer.alloc(length, 0xa5), 0, length, offset);
  closeSync(descriptor);
}
