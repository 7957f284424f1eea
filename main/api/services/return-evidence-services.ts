import type { Services } from '../services';
import type { StationContext } from '../station-context';
import type { StationSession } from './service-support';

/** Builds the handlers of return photos, relabelling and returns reports. */
export function createReturnEvidenceServices(_context: StationContext, _session: StationSession): Partial<Services> {
  return {};
}
