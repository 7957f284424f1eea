import { createLogger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';
import { findClientProductBySku } from '../../store/catalog-lookup';
import { prepared } from '../../store/statement-cache';
import { parseCustomerReturnsReport } from '../../returns/amazon-returns-report';
import { closeReturn } from '../../returns/close-return';
import { importCustomerReturns } from '../../returns/import-amazon-returns';
import { intakeReturnedUnit } from '../../returns/intake-unit';
import { openReturn } from '../../returns/open-return';
import { guessReferenceKind } from '../../returns/reference-guess';
import { parseReturnLabelQr } from '../../returns/return-label-qr';
import { findReturnById, findReturnsByText, listReturns, normalizeReference, type ReturnRow } from '../../returns/returns-store';
import { checkReturnedUnit } from '../../returns/unit-check';
import type { NewReturnLine } from '../../returns/returns-store';
import type { OperatorMessage, ServiceError } from '../contract';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { clientOrError, optionalClientId, returnViewOrError, runReturnsChange } from './returns-support';
import { readReturnView, returnsError, summarizeReturn, toReturnUnitView, toUnitCheckView } from './returns-views';
import type { StationSession } from './service-support';

const log = createLogger('returns');

type IntakeChannel =
  | 'returns.list'
  | 'returns.find'
  | 'returns.open'
  | 'returns.importAmazonReport'
  | 'returns.view'
  | 'returns.checkUnit'
  | 'returns.intakeUnit'
  | 'returns.close';

/** Handlers of returns, their references and the unit check at intake. */
export function createReturnsIntakeServices(context: StationContext, session: StationSession): Pick<Services, IntakeChannel> {
  const { db } = context;

  const returnForCheck = (returnId: number | null): Result<ReturnRow | null, ServiceError> => {
    if (returnId === null) {
      return ok(null);
    }
    const found = findReturnById(db, returnId);
    if (found === undefined) {
      return err(returnsError({ code: 'return-not-found', returnId }));
    }
    // Intake rejects a closed return, so its preview does too.
    return found.status === 'closed' ? err(returnsError({ code: 'return-closed', returnId, reference: found.reference })) : ok(found);
  };

  return {
    'returns.list': (request) => {
      const client = optionalClientId(context, request.clientCode);
      if (!client.ok) {
        return client;
      }
      const clientId = client.value;
      const statuses = request.status === 'open' ? (['awaiting-intake', 'in-progress'] as const) : [request.status];
      return ok(listReturns(db, statuses, clientId, request.limit).map((row) => summarizeReturn(db, row)));
    },

    'returns.find': (request) => {
      const label = parseReturnLabelQr(request.text);
      const typed = normalizeReference(request.text);
      if (label === null && typed === '') {
        return err(returnsError({ code: 'reference-required', referenceKind: 'rma' }));
      }
      const rows = label === null ? findReturnsByText(db, typed) : [...findReturnsByText(db, label.rma), ...findReturnsByText(db, label.trackingNumber)];
      const matches = [...new Map(rows.map((row) => [row.id, row])).values()].map((row) => summarizeReturn(db, row));
      if (matches.length > 0) {
        return ok({ matches, returnLabel: label, openSuggestion: null, message: { key: 'returns:find.found', params: { count: matches.length } } });
      }
      const openSuggestion =
        label === null ? guessReferenceKind(typed) : { referenceKind: 'rma' as const, reference: label.rma, trackingNumber: label.trackingNumber };
      const message: OperatorMessage = label === null ? { key: 'returns:find.notFound', params: { reference: typed } } : { key: 'returns:find.labelNotFound', params: { rma: label.rma, trackingNumber: label.trackingNumber } };
      return ok({ matches: [], returnLabel: label, openSuggestion, message });
    },

    'returns.open': (request) => {
      const client = optionalClientId(context, request.clientCode);
      if (!client.ok) {
        return client;
      }
      const clientId = client.value;
      if (clientId === null && request.expected.length > 0) {
        return err(returnsError({ code: 'client-required-for-lines' }));
      }
      const lines: NewReturnLine[] = [];
      for (const expected of request.expected) {
        const product = clientId === null ? undefined : findClientProductBySku(db, clientId, expected.sku);
        if (product === undefined) {
          return err(returnsError({ code: 'sku-not-found', sku: expected.sku, clientCode: request.clientCode ?? '' }));
        }
        const fnsku = prepared<[number], { fnsku: string | null }>(db, 'SELECT fnsku FROM products WHERE id = ?').get(product.id)?.fnsku ?? null;
        lines.push({ productId: product.id, sku: product.sku, fnsku, expectedSerial: expected.serial === '' ? null : expected.serial, quantityExpected: expected.quantity });
      }
      const opened = runReturnsChange(context, session, 'returns.open', (actor) =>
        openReturn(db, actor, {
          clientId,
          referenceKind: request.referenceKind,
          reference: request.reference,
          orderReference: request.orderReference,
          trackingNumber: request.trackingNumber,
          source: request.source,
          reason: request.reason,
          lines,
        }),
      );
      return opened.ok ? returnViewOrError(context, opened.value) : opened;
    },

    'returns.importAmazonReport': (request) => {
      const client = clientOrError(context, request.clientCode);
      if (!client.ok) {
        return client;
      }
      const parsed = parseCustomerReturnsReport(request.fileName, Buffer.from(request.contentBase64, 'base64'));
      if (!parsed.ok) {
        log.info('returns report rejected', { file: request.fileName, code: parsed.error.code, row: parsed.error.row ?? null, column: parsed.error.column ?? null });
        return err({ code: parsed.error.code, message: parsed.error.message });
      }
      const imported = runReturnsChange(context, session, 'returns.importAmazonReport', (actor) => ok(importCustomerReturns(db, actor, client.value.id, parsed.value)));
      return imported.ok ? ok({ ...imported.value, returnIds: [...imported.value.returnIds] }) : imported;
    },

    'returns.view': (request) => returnViewOrError(context, request.returnId),

    'returns.checkUnit': (request) => {
      const returned = returnForCheck(request.returnId);
      if (!returned.ok) {
        return returned;
      }
      return ok(toUnitCheckView(db, checkReturnedUnit(db, returned.value, request.raw, new Date())));
    },

    'returns.intakeUnit': (request) => {
      const taken = runReturnsChange(context, session, 'returns.intakeUnit', (actor) => intakeReturnedUnit(db, actor, request));
      if (!taken.ok) {
        return taken;
      }
      const outcome = taken.value;
      if (outcome.kind === 'refused') {
        return ok({ check: toUnitCheckView(db, outcome.check), returnUnit: null, view: request.returnId === null ? null : (readReturnView(db, request.returnId) ?? null), replayed: false });
      }
      const returnUnit = toReturnUnitView(db, outcome.returnUnit);
      const view = readReturnView(db, outcome.returnUnit.returnId) ?? null;
      if (outcome.kind === 'replayed') {
        // The unit is on the desk now, so a fresh check would refuse it; the stored flags describe the first delivery.
        const accepted = outcome.returnUnit.stage !== 'exception';
        const message: OperatorMessage = accepted ? { key: 'returns:check.accept', params: { serial: returnUnit.serial } } : { key: 'returns:check.exception', params: { serial: returnUnit.serial } };
        const check = { outcome: accepted ? ('accept' as const) : ('exception' as const), serial: returnUnit.serial, unit: null, refusal: null, flags: returnUnit.flags, warranty: null, message };
        return ok({ check, returnUnit, view, replayed: true });
      }
      return ok({ check: toUnitCheckView(db, outcome.check), returnUnit, view, replayed: false });
    },

    'returns.close': (request) => {
      const closed = runReturnsChange(context, session, 'returns.close', (actor) => closeReturn(db, actor, request.returnId, request.reason));
      return closed.ok ? returnViewOrError(context, request.returnId) : closed;
    },
  };
}
