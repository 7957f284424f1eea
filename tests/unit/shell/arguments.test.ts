import { describe, expect, it } from 'vitest';
import { dataDirFromArgv } from '../../../main/shell/arguments';

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
