import { err } from '../../core/result';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { createReturnLabelServices } from './return-evidence-label-services';
import { createReturnPhotoServices } from './return-evidence-photo-services';
import { serviceError, type StationSession } from './service-support';

type ReturnEvidenceChannel = `returns.${'attachPhoto' | 'photos' | 'photo' | 'relabelOptions' | 'relabel' | 'report' | 'reportCsv'}`;

// NOTE: these handlers reject with 'not-implemented' until the reports land. The
// contract comes first so that the screens can build on it.
function notImplemented(channel: ReturnEvidenceChannel) {
  return () => err(serviceError('not-implemented', { key: 'return-evidence:error.not-implemented', params: { channel } }));
}

/** Builds the handlers of return photos, relabelling and returns reports. */
export function createReturnEvidenceServices(context: StationContext, session: StationSession): Pick<Services, ReturnEvidenceChannel> {
  return {
    ...createReturnPhotoServices(context, session),
    ...createReturnLabelServices(context, session),
    'returns.report': notImplemented('returns.report'),
    'returns.reportCsv': notImplemented('returns.reportCsv'),
  };
}
