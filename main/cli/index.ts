#!/usr/bin/env node
/** Entry point of the `packtrace` command line; see run-cli.ts for the exit codes. */
import { exitQuietlyOnClosedPipe, processIo } from './io';
import { runCli } from './run-cli';

exitQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`packtrace: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
