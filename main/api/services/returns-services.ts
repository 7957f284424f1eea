import type { Services } from '../services';
import type { StationContext } from '../station-context';
import type { StationSession } from './service-support';

/** Builds the handlers of the returns desk's intake, exception queue, grading and disposition. */
export function createReturnsServices(_context: StationContext, _session: StationSession): Partial<Services> {
  return {};
}
