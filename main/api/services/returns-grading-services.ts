import type { z } from 'zod';
import { createLogger } from '../../core/logger';
import { err, ok } from '../../core/result';
import { findLocationByCode, normalizeLocationCode, parseLocationBarcode } from '../../locations/locations';
import { prepared } from '../../store/statement-cache';
import { inWriteTransaction } from '../../store/write-transaction';
import { conditionForDisposition } from '../../returns/amazon-condition';
import type { ResolvedQuestion } from '../../returns/checklist';
import { gradeReturnUnit, previewGrading } from '../../returns/grade-unit';
import { readGradingContext } from '../../returns/grading-context';
import { resolveException } from '../../returns/resolve-exception';
import { parseReturnConfig, readReturnConfig, saveReturnConfig } from '../../returns/return-configs';
import { dispositions, returnGrades } from '../../returns/return-terms';
import { findReturnById } from '../../returns/returns-store';
import { listExceptionUnits } from '../../returns/return-units-store';
import { requireActor } from './service-support';
import type { checklistCaptionSchema } from '../channels/returns-channels';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { clientOrError, optionalClientId, returnViewOrError, runReturnsChange } from './returns-support';
import { returnsError, toReturnUnitView } from './returns-views';
import type { StationSession } from './service-support';

const log = createLogger('returns');

type GradingChannel =
  | 'returns.exceptions'
  | 'returns.resolveException'
  | 'returns.gradingForm'
  | 'returns.suggestDisposition'
  | 'returns.grade'
  | 'returns.config'
  | 'returns.setConfig';

type Caption = z.output<typeof checklistCaptionSchema>;

/** Handlers of the exception queue, grading and disposition, and each client's returns configuration. */
export function createReturnsGradingServices(context: StationContext, session: StationSession): Pick<Services, GradingChannel> {
  const { db } = context;

  return {
    'returns.exceptions': (request) => {
      const client = optionalClientId(context, request.clientCode);
      if (!client.ok) {
        return client;
      }
      const clientId = client.value;
      const now = Date.now();
      return ok(
        listExceptionUnits(db, clientId).map((row) => {
          const unit = toReturnUnitView(db, row);
          const returned = findReturnById(db, row.returnId);
          const clientCode = returned?.clientId == null ? null : (prepared<[number], { code: string }>(db, 'SELECT code FROM clients WHERE id = ?').get(returned.clientId)?.code ?? null);
          return {
            returnUnitId: row.id,
            returnId: row.returnId,
            referenceKind: returned?.referenceKind ?? 'none',
            reference: returned?.reference ?? '',
            clientCode,
            serial: unit.serial,
            sku: unit.sku,
            flags: unit.flags,
            takenInBy: unit.takenInBy,
            createdAt: row.createdAt,
            ageSeconds: Math.max(0, Math.floor((now - Date.parse(row.createdAt)) / 1000)),
          };
        }),
      );
    },

    'returns.resolveException': (request) => {
      const resolved = runReturnsChange(context, session, 'returns.resolveException', (supervisor) => resolveException(db, supervisor, request));
      if (!resolved.ok) {
        return resolved;
      }
      const view = returnViewOrError(context, resolved.value.returnId);
      return view.ok ? ok({ returnUnit: toReturnUnitView(db, resolved.value), view: view.value }) : view;
    },

    'returns.gradingForm': (request) => {
      const grading = readGradingContext(db, request.returnUnitId);
      if (grading === undefined) {
        return err(returnsError({ code: 'return-unit-not-found', returnUnitId: request.returnUnitId }));
      }
      return ok({
        returnUnitId: grading.returnUnitId,
        serial: grading.serial,
        sku: grading.sku,
        title: grading.title,
        clientCode: grading.clientCode,
        category: grading.category,
        checklistSource: grading.checklist.source,
        questions: grading.checklist.questions.map(questionView),
        grades: [...returnGrades],
        dispositions: [...dispositions],
        hasFnsku: grading.fnsku !== null,
      });
    },

    'returns.suggestDisposition': (request) => {
      const preview = previewGrading(db, request.returnUnitId, request.grade, request.answers);
      if (!preview.ok) {
        return err(returnsError(preview.error));
      }
      const { suggestion } = preview.value;
      const amazonCondition = conditionForDisposition(preview.value.amazonCondition, request.disposition ?? suggestion.disposition);
      return ok({ amazonCondition, suggestedDisposition: suggestion.disposition, rule: suggestion.rule });
    },

    'returns.grade': (request) => {
      let locationId = request.locationId;
      if (locationId === null && request.locationCode !== null && request.locationCode !== '') {
        // A scanned location label carries the LOC: prefix; a typed code may be in lower case.
        const code = parseLocationBarcode(request.locationCode) ?? normalizeLocationCode(request.locationCode);
        const location = code === null ? undefined : findLocationByCode(db, code);
        if (location === undefined) {
          return err(returnsError({ code: 'location-code-not-found', locationCode: request.locationCode }));
        }
        locationId = location.id;
      }
      const graded = runReturnsChange(context, session, 'returns.grade', (actor) => gradeReturnUnit(db, actor, { ...request, locationId }));
      if (!graded.ok) {
        return graded;
      }
      const outcome = graded.value;
      const view = returnViewOrError(context, outcome.returnUnit.returnId);
      if (!view.ok) {
        return view;
      }
      return ok({
        returnUnit: toReturnUnitView(db, outcome.returnUnit),
        amazonCondition: outcome.amazonCondition,
        suggestedDisposition: outcome.suggestion.disposition,
        disposition: outcome.disposition,
        overridden: outcome.overridden,
        labels: [...outcome.labels],
        returnClosed: outcome.returnClosed,
        replayed: outcome.replayed,
        view: view.value,
      });
    },

    'returns.config': (request) => {
      const client = clientOrError(context, request.clientCode);
      if (!client.ok) {
        return client;
      }
      const stored = readReturnConfig(db, client.value.id);
      return ok({ clientCode: client.value.code, ...stored });
    },

    'returns.setConfig': (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }
      const client = clientOrError(context, request.clientCode);
      if (!client.ok) {
        return client;
      }
      const parsed = parseReturnConfig(request.config);
      if (!parsed.ok) {
        const [first] = parsed.error.problems;
        log.info('returns config rejected', { clientCode: client.value.code, problems: parsed.error.problems.length, path: first?.path ?? '' });
        return err({
          code: 'config-invalid',
          message: { key: `returns:config.${first?.problem ?? 'invalid-value'}`, params: { path: first?.path ?? '', detail: first?.detail ?? '', problems: parsed.error.problems.length } },
        });
      }
      const saved = inWriteTransaction(db, () => saveReturnConfig(db, actor.value, client.value, parsed.value));
      return ok({ clientCode: client.value.code, ...saved });
    },
  };
}

function questionView(question: ResolvedQuestion): { questionId: string; caption: Caption; options: Array<{ optionId: string; caption: Caption }> } {
  const caption: Caption =
    question.labels === undefined
      ? { kind: 'message', message: { key: `returns:checklist.${question.id}.label`, params: {} } }
      : { kind: 'text', text: question.labels };
  return {
    questionId: question.id,
    caption,
    options: question.options.map((option) => ({
      optionId: option.id,
      caption:
        option.labels === undefined
          ? { kind: 'message' as const, message: { key: `returns:checklist.${question.id}.option.${option.id}`, params: {} } }
          : { kind: 'text' as const, text: option.labels },
    })),
  };
}

