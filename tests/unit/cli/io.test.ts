import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { exitQuietlyOnClosedPipe } from '../../../main/cli/io';

function pipeError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('exitQuietlyOnClosedPipe', () => {
  it('exits 0 on a closed pipe', () => {
    const stream = new EventEmitter();
    const exits: number[] = [];
    exitQuietlyOnClosedPipe(stream, (code) => exits.push(code));

    stream.emit('error', pipeError('EPIPE'));

    expect(exits).toEqual([0]);
  });

  it('rethrows other write errors', () => {
    const stream = new EventEmitter();
    const exits: number[] = [];
    exitQuietlyOnClosedPipe(stream, (code) => exits.push(code));

    expect(() => stream.emit('error', pipeError('ENOSPC'))).toThrow('write ENOSPC');
    expect(exits).toEqual([]);
  });
});
