/** Where a command writes; the real streams in the binary, buffers in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/**
 * Ends the process quietly when the reader of `stream` goes away, as `packtrace returns list |
 * head` does after its first lines. Without it Node reports the closed pipe (EPIPE) as an
 * unhandled error with a stack trace. Other write errors still surface.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }
    exit(0);
  });
}
