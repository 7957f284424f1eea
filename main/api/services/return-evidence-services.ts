import { err } from '../../core/result';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { serviceError, type StationSession } from './service-support';

type ReturnEvidenceChannel = `returns.${'attachPhoto' | 'photos' | 'photo' | 'relabelOptions' | 'relabel' | 'report' | 'reportCsv'}`;

// NOTE: every handler rejects with 'not-implemented' until the evidence store, relabelling and
// reports land. The contract comes first so that the screens can build on it.
function notImplemented(channel: ReturnEvidenceChannel) {
  return () => err(serviceError('not-implemented', { key: 'return-evidence:error.not-implemented', params: { channel } }));
}

/** Builds the handlers of return photos, relabelling and returns reports. */
export function createReturnEvidenceServices(_context: StationContext, _session: StationSession): Pick<Services, ReturnEvidenceChannel> {
  return {
    'returns.attachPhoto': notImplemented('returns.attachPhoto'),
    'returns.photos': notImplemented('returns.photos'),
    'returns.photo': notImplemented('returns.photo'),
    'returns.relabelOptions': notImplemented('returns.relabelOptions'),
    'returns.relabel': notImplemented('returns.relabel'),
    'returns.report': notImplemented('returns.report'),
    'returns.reportCsv': notImplemented('returns.reportCsv'),
  };
}
