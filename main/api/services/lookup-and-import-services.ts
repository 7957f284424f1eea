import { err, ok } from '../../core/result';
import { importFile } from '../../imports/import-file';
import { loadDemoData } from '../../imports/demo';
import { ensureDemoOperators } from '../../operators/demo-operators';
import type { ImportReport } from '../../imports/import-file';
import { lookupUnitsBySerial } from '../../store/unit-lookup';
import type { ImportSummary } from '../contract';
import type { Services } from '../services';
import type { StationContext } from '../station-context';

function toImportSummary(report: ImportReport): ImportSummary {
  return {
    format: report.format,
    clients: report.clients,
    products: report.products,
    shipmentsCreated: report.shipmentsCreated,
    shipmentsUnchanged: report.shipmentsUnchanged,
    shipmentsUpdated: report.shipmentsUpdated,
    lines: report.lines,
    warnings: report.warnings.map((warning) => warning.message),
  };
}

/** Handlers for units.lookup, imports.file and station.loadDemo, which also adds the demo operators. */
export function createLookupAndImportServices(context: StationContext): Pick<Services, 'units.lookup' | 'imports.file' | 'station.loadDemo'> {
  return {
    'units.lookup': (request) => ok([...lookupUnitsBySerial(context.db, request.serial)]),

    'imports.file': (request) => {
      const content = Buffer.from(request.contentBase64, 'base64');
      const imported = importFile(context.db, { fileName: request.fileName, content, ...(request.clientCode ? { clientCode: request.clientCode } : {}) });
      return imported.ok ? ok(toImportSummary(imported.value)) : err({ code: imported.error.code, message: imported.error.message });
    },

    'station.loadDemo': async () => {
      const loaded = loadDemoData(context.db);
      if (!loaded.ok) {
        return err({ code: loaded.error.code, message: loaded.error.message });
      }
      await ensureDemoOperators(context.db);
      return ok(toImportSummary(loaded.value));
    },
  };
}
