import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHistoryServices } from '../../../../main/api/services/history-services';
import type { StationContext } from '../../../../main/api/station-context';
import { signingKeyFileIn } from '../../../../main/history/station-key';
import { useTempDir } from '../../../support/temp-dir';
import { createEpcisFixture } from '../../exports/epcis/epcis-fixture';

describe('history services', () => {
  const tempDir = useTempDir();

  it('create the signing key at start', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    const context = { db: fixture.db, stationId: fixture.stationId, dataDir: dir } as unknown as StationContext;

    createHistoryServices(context);
    fixture.db.close();

    expect(existsSync(signingKeyFileIn(dir))).toBe(true);
  });

  it('return the overview', async () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    fixture.record('unit-returned', { unitId: fixture.ownUnitId });
    const services = createHistoryServices({ db: fixture.db, stationId: fixture.stationId, dataDir: dir } as unknown as StationContext);

    const result = await services['history.overview']({});
    fixture.db.close();

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.unitsByStatus).toContainEqual({ clientCode: 'NORD', status: 'in-stock', units: 3 });
    expect(result.value.returnsByProduct).toEqual([{ clientCode: 'NORD', sku: 'CAM-1', lot: null, returns: 1 }]);
  });
});
