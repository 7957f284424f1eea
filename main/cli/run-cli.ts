import { parseCommandLine, UsageError, type ParsedCommandLine } from './arguments';
import { commands, usageText } from './commands';
import type { CliIo } from './io';

/**
 * Runs one command line and returns its exit code: 0 done, 1 the command ran and found a problem
 * (a failed import, altered history), 2 a usage error. Bugs propagate to the caller.
 */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let line: ParsedCommandLine;
  try {
    line = parseCommandLine(argv);
  } catch (error) {
    return reportUsageError(error, io);
  }

  if (line.command === null || line.command === 'help' || line.flags.has('help')) {
    io.stdout.write(usageText);
    return line.command === null && !line.flags.has('help') ? 2 : 0;
  }

  const command = commands.get(line.command);
  if (command === undefined) {
    return reportUsageError(new UsageError(`unknown command "${line.command}"`), io);
  }

  try {
    return await command.run(line, io);
  } catch (error) {
    return reportUsageError(error, io);
  }
}

function reportUsageError(error: unknown, io: CliIo): number {
  if (!(error instanceof UsageError)) {
    throw error;
  }
  io.stderr.write(`packtrace: ${error.message}\nRun "packtrace help" for usage.\n`);
  return 2;
}
