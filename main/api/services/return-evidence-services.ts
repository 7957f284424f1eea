import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { createReturnLabelServices } from './return-evidence-label-services';
import { createReturnPhotoServices } from './return-evidence-photo-services';
import { createReturnsReportServices } from './return-evidence-report-services';
import type { StationSession } from './service-support';

type ReturnEvidenceChannel = `returns.${'attachPhoto' | 'photos' | 'photo' | 'relabelOptions' | 'relabel' | 'report' | 'reportCsv'}`;

/** Builds the handlers of return photos, relabelling and returns reports. */
export function createReturnEvidenceServices(context: StationContext, session: StationSession): Pick<Services, ReturnEvidenceChannel> {
  return {
    ...createReturnPhotoServices(context, session),
    ...createReturnLabelServices(context, session),
    ...createReturnsReportServices(context, session),
  };
}
