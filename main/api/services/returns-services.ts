import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { createReturnsGradingServices } from './returns-grading-services';
import { createReturnsDemoServices } from './returns-demo-services';
import { createReturnsIntakeServices } from './returns-intake-services';
import type { StationSession } from './service-support';

/** The returns desk's channels. */
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
  | 'returns.setConfig'
  | 'returns.loadDemo';

/** Builds the handlers of the returns desk's intake, exception queue, grading and disposition. */
export function createReturnsServices(context: StationContext, session: StationSession): Pick<Services, ReturnsChannel> {
  return { ...createReturnsIntakeServices(context, session), ...createReturnsGradingServices(context, session), ...createReturnsDemoServices(context, session) };
}
