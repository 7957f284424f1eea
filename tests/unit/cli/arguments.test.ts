import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../../main/cli/arguments';

describe('parseCommandLine', () => {
  it('takes --data-dir before the command', () => {
    const line = parseCommandLine(['--data-dir', '/tmp/a', 'lookup', 'SN1']);

    expect(line.dataDir).toBe('/tmp/a');
    expect(line.command).toBe('lookup');
    expect(line.positionals).toEqual(['SN1']);
  });

  it('takes --data-dir after the command', () => {
    const line = parseCommandLine(['lookup', 'SN1', '--data-dir=/tmp/b', '--json']);

    expect(line.dataDir).toBe('/tmp/b');
    expect(line.positionals).toEqual(['SN1']);
    expect(line.flags.get('json')).toBe('true');
  });

  it('keeps words after -- as positionals', () => {
    const line = parseCommandLine(['scan-parse', '--', '--not-a-flag']);

    expect(line.positionals).toEqual(['--not-a-flag']);
  });

  it('rejects a value flag without its value', () => {
    expect(() => parseCommandLine(['import', 'file.csv', '--client'])).toThrow(UsageError);
  });
});
