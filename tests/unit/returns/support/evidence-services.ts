import { join } from 'node:path';
import { createReturnEvidenceServices } from '../../../../main/api/services/return-evidence-services';
import { createStationSession } from '../../../../main/api/services/service-support';
import type { StationContext } from '../../../../main/api/station-context';
import type { ReturnEvidenceFixture } from './return-evidence-fixture';

/** Creates the evidence services over a fixture's store, signed in as the fixture's operator unless `signedIn` is false. */
export function evidenceServices(fixture: ReturnEvidenceFixture, signedIn = true) {
  const context: StationContext = {
    db: fixture.db,
    stationId: fixture.actor.stationId,
    dataDir: fixture.dataDir,
    labelsDir: join(fixture.dataDir, 'labels'),
    transport: 'browser',
    appVersion: 'test',
    labelDpi: 203,
  };
  const session = createStationSession();
  if (signedIn) {
    session.operator = { operatorId: fixture.actor.operatorId ?? 0, name: 'Anna', role: 'returns-technician' };
  }
  return createReturnEvidenceServices(context, session);
}
