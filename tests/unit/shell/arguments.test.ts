import { describe, expect, it } from 'vitest';
import { allowsUnsafeDataDir, dataDirFromArgv } from '../../../main/shell/arguments';

describe('dataDirFromArgv', () => {
  it.each([
    [['/opt/electron', '.', '--data-dir', '/srv/station 1'], '/srv/station 1'],
    [['/opt/electron', '.', '--data-dir=/srv/station'], '/srv/station'],
    [['/opt/Packtrace', '--no-sandbox', '--data-dir', '/srv/station', '--inspect'], '/srv/station'],
    [['/opt/electron', '.'], null],
    [['/opt/electron', '.', '--data-dir'], null],
    [['/opt/electron', '.', '--data-dir', '--inspect'], null],
    [['/opt/electron', '.', '--data-dir='], null],
  ])('reads %j', (argv, expected) => {
    expect(dataDirFromArgv(argv)).toBe(expected);
  });
});

describe('allowsUnsafeDataDir', () => {
  it('reads the switch anywhere', () => {
    expect(allowsUnsafeDataDir(['/opt/electron', '.', '--allow-unsafe-data-dir', '--data-dir', '/mnt/nfs'])).toBe(true);
    expect(allowsUnsafeDataDir(['/opt/Packtrace', '--data-dir=/mnt/nfs', '--allow-unsafe-data-dir'])).toBe(true);
  });

  it('is off without the switch', () => {
    expect(allowsUnsafeDataDir(['/opt/electron', '.', '--data-dir', '/mnt/nfs'])).toBe(false);
    expect(allowsUnsafeDataDir(['/opt/electron', '.', '--allow-unsafe-data-dir=no'])).toBe(false);
  });
});
