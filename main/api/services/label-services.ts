import { createLogger } from '../../core/logger';
import { err, ok } from '../../core/result';
import { buildCommandSheet } from '../../packing/command-sheet';
import { writeCartonLabel, writeCartonLabelWithDocument, writeLabelFile } from '../../packing/carton-label-file';
import { createPackTranslator } from '../../packing/pack-translator';
import { renderLabelPdf } from '../../labels/pdf-renderer';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { hasCartonLabelProfile } from '../../printing/carton-label-print';
import { printCartonLabelThroughQueue } from './carton-label-queue';
import { serviceError, type StationSession } from './service-support';

const log = createLogger('labels');

/**
 * Handlers for labels.carton, labels.printCarton and labels.commandSheet. labels.printCarton goes
 * through the print queue when the station has a carton printer profile, and through the
 * context's direct printer otherwise.
 */
export function createLabelServices(context: StationContext, session: StationSession): Pick<Services, 'labels.carton' | 'labels.printCarton' | 'labels.commandSheet'> {
  const language = context.labelLanguage ?? 'en';
  const labelOutput = { labelsDir: context.labelsDir, language, dpi: context.labelDpi ?? 203 } as const;

  return {
    'labels.carton': (request) => writeCartonLabel(context.db, request.cartonId, labelOutput),

    'labels.printCarton': async (request) => {
      if (hasCartonLabelProfile(context.db, context.stationId)) {
        return printCartonLabelThroughQueue(context, session, request, labelOutput);
      }
      // NOTE: the direct path keeps no record of earlier prints, so it cannot tell a reprint
      // from a first print and prints every request.
      const print = context.printCartonLabel;
      if (print === undefined) {
        return err(serviceError('print-unavailable', { key: 'pack:error.print-unavailable', params: {} }));
      }
      const label = await writeCartonLabelWithDocument(context.db, request.cartonId, labelOutput);
      if (!label.ok) {
        return label;
      }

      const printed = await print(label.value.file.path, label.value.document);
      if (!printed.ok) {
        log.error('carton label print failed', { cartonId: request.cartonId, path: label.value.file.path, code: printed.error.code, detail: printed.error.detail });
        return err(serviceError('print-failed', { key: 'pack:error.print-failed', params: { detail: printed.error.detail } }));
      }
      return ok({ printed: true });
    },

    'labels.commandSheet': async () => {
      const t = createPackTranslator(language);
      const sheet = buildCommandSheet({
        title: t('commandSheet.title'),
        hint: t('commandSheet.hint'),
        commands: {
          'new-carton': t('commandSheet.new-carton'),
          'close-carton': t('commandSheet.close-carton'),
          'undo-last-scan': t('commandSheet.undo-last-scan'),
        },
      });
      if (!sheet.ok) {
        log.error('command sheet could not be built', { code: sheet.error.code });
        return err(serviceError('label-failed', { key: 'pack:error.label-failed', params: { reason: sheet.error.code } }));
      }
      const pdf = await renderLabelPdf(sheet.value);
      return ok(writeLabelFile(context.labelsDir, `command-sheet-${language}.pdf`, pdf));
    },
  };
}
