import { err } from '../../core/result';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { serviceError, type StationSession } from './service-support';

/** The returns desk's channels, served by the handlers below. */
export type ReturnsChannel =
  | 'returns.list'
  | 'returns.find'
  | 'returns.open'
  | 'returns.importAmazonReport'
  | 'returns.view'
  | 'returns.checkUnit'
  | 'returns.intakeUnit'
  | 'returns.exceptions'
  | 'returns.resolveException'
  | 'returns.gradingForm'
  | 'returns.suggestDisposition'
  | 'returns.grade'
  | 'returns.close'
  | 'returns.config'
  | 'returns.setConfig';

// NOTE: the contract's first commit; every handler answers 'not-implemented' until the domain lands.
const notImplemented = () => err(serviceError('not-implemented', { key: 'returns:error.not-implemented', params: {} }));

/** Builds the handlers of the returns desk's intake, exception queue, grading and disposition. */
export function createReturnsServices(_context: StationContext, _session: StationSession): Pick<Services, ReturnsChannel> {
  return {
    'returns.list': notImplemented,
    'returns.find': notImplemented,
    'returns.open': notImplemented,
    'returns.importAmazonReport': notImplemented,
    'returns.view': notImplemented,
    'returns.checkUnit': notImplemented,
    'returns.intakeUnit': notImplemented,
    'returns.exceptions': notImplemented,
    'returns.resolveException': notImplemented,
    'returns.gradingForm': notImplemented,
    'returns.suggestDisposition': notImplemented,
    'returns.grade': notImplemented,
    'returns.close': notImplemented,
    'returns.config': notImplemented,
    'returns.setConfig': notImplemented,
  };
}
