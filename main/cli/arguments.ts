/**
 * Command-line parsing shared by every command: the global `--data-dir DIR` may stand before or
 * after the command name, and each command reads its own flags from what remains.
 */
export interface ParsedCommandLine {
  readonly dataDir: string | null;
  readonly command: string | null;
  /** Positional arguments after the command name, in order. */
  readonly positionals: ReadonlyArray<string>;
  /** Flags as given (`--out FILE` or `--out=FILE`); a flag without a value maps to 'true'. */
  readonly flags: ReadonlyMap<string, string>;
}

export class UsageError extends Error {}

/** Flags that never take a value, so the word after them stays a positional argument. */
const booleanFlags = new Set(['json', 'help']);

export function parseCommandLine(argv: ReadonlyArray<string>): ParsedCommandLine {
  const positionals: string[] = [];
  const flags = new Map<string, string>();

  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index] as string;
    if (word === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!word.startsWith('--') || word === '--') {
      positionals.push(word);
      continue;
    }

    const equals = word.indexOf('=');
    const name = equals === -1 ? word.slice(2) : word.slice(2, equals);
    if (name.length === 0) {
      throw new UsageError(`invalid option "${word}"`);
    }
    if (equals !== -1) {
      flags.set(name, word.slice(equals + 1));
      continue;
    }
    if (booleanFlags.has(name)) {
      flags.set(name, 'true');
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined) {
      throw new UsageError(`option --${name} needs a value`);
    }
    flags.set(name, value);
    index += 1;
  }

  const dataDir = flags.get('data-dir') ?? null;
  flags.delete('data-dir');
  const [command = null, ...rest] = positionals;
  return { dataDir, command, positionals: rest, flags };
}

/** Returns a flag's value, or throws a usage error naming the missing flag. */
export function requireFlag(line: ParsedCommandLine, name: string): string {
  const value = line.flags.get(name);
  if (value === undefined || value === 'true') {
    throw new UsageError(`missing --${name}`);
  }
  return value;
}

/** Throws a usage error for any flag the command does not accept. */
export function rejectUnknownFlags(line: ParsedCommandLine, accepted: ReadonlyArray<string>): void {
  for (const name of line.flags.keys()) {
    if (!accepted.includes(name)) {
      throw new UsageError(`unknown option --${name}`);
    }
  }
}
