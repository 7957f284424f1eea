import { err } from '../../core/result';
import { loadDemoData } from '../../imports/demo';
import { loadReturnsDemo } from '../../returns/returns-demo';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { runReturnsChange } from './returns-support';
import type { StationSession } from './service-support';

/** The handler of returns.loadDemo: the station demo data first, then the returns demo on top. */
export function createReturnsDemoServices(context: StationContext, session: StationSession): Pick<Services, 'returns.loadDemo'> {
  return {
    'returns.loadDemo': () => {
      const loaded = loadDemoData(context.db);
      if (!loaded.ok) {
        return err({ code: loaded.error.code, message: loaded.error.message });
      }
      return runReturnsChange(context, session, 'returns.loadDemo', (actor) => loadReturnsDemo(context.db, actor));
    },
  };
}
