import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/cli';
import { useTempDir } from '../../support/temp-dir';
import { createEpcisFixture } from '../exports/epcis/epcis-fixture';

function exportedPositions(file: string): ReadonlyArray<unknown> {
  const document = JSON.parse(readFileSync(file, 'utf8')) as { epcisBody: { eventList: Array<Record<string, unknown>> } };
  return document.epcisBody.eventList.map((event) => event['packtrace:seq']);
}

describe('packtrace export epcis', () => {
  const tempDir = useTempDir();

  it('continues a feed by position', async () => {
    const dataDir = tempDir();
    const fixture = createEpcisFixture(dataDir);
    fixture.record('unit-received', { unitId: fixture.ownUnitId });
    fixture.record('unit-put-away', { unitId: fixture.ownUnitId });
    fixture.record('unit-held', { unitId: fixture.ownUnitId }, { holdReason: 'quarantine' });
    fixture.db.close();

    const first = await runCliCaptured(['export', 'epcis', '--through-seq', '2', '--out', join(dataDir, 'first.jsonld'), '--data-dir', dataDir]);
    const next = await runCliCaptured(['export', 'epcis', '--after-seq', '2', '--out', join(dataDir, 'next.jsonld'), '--data-dir', dataDir]);

    expect(first.code).toBe(0);
    expect(first.stdout).toContain('continue a feed with --after-seq 2');
    expect(exportedPositions(join(dataDir, 'first.jsonld'))).toEqual([1, 2]);
    expect(next.code).toBe(0);
    expect(exportedPositions(join(dataDir, 'next.jsonld'))).toEqual([3]);
  });

  it('rejects a position that is not a whole number', async () => {
    const dataDir = tempDir();

    const run = await runCliCaptured(['export', 'epcis', '--after-seq', '-4', '--out', join(dataDir, 'x.jsonld'), '--data-dir', dataDir]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--after-seq must be a history position');
  });
});
