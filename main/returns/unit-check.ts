import type Database from 'better-sqlite3';
import { prepared } from '../store/statement-cache';
import { findUnitByScan } from '../tracking/unit-scan';
import { decodeScan } from '../scan/decode';
import { normalizeSerial } from '../scan/serial';
import { findCategoryConfig } from './checklist';
import { matchReturnLine } from './line-match';
import { findRecallMatchingUnit } from './recall-match';
import { readReturnConfig } from './return-configs';
import type { IntakeRefusalCode, ReturnFlagCode } from './return-terms';
import { findReturnById, listReturnLines, type ReturnLineRow, type ReturnRow } from './returns-store';
import { findLastTakenBackReturnUnit, findOpenReturnUnitOfUnit, type ReturnUnitRow } from './return-units-store';
import { readUnitFacts, type UnitFacts } from './unit-facts';
import { assessWarranty, type Warranty } from './warranty';

export interface ReturnFlag {
  readonly code: ReturnFlagCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface IntakeRefusal {
  readonly code: IntakeRefusalCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export type UnitCheck =
  | { readonly outcome: 'refuse'; readonly serial: string; readonly refusal: IntakeRefusal; readonly facts: UnitFacts | null }
  | {
      readonly outcome: 'accept' | 'exception';
      readonly serial: string;
      readonly facts: UnitFacts;
      readonly flags: ReadonlyArray<ReturnFlag>;
      readonly warranty: Warranty;
      /** The return line the unit counts against, when the return has a line for it. */
      readonly line: ReturnLineRow | null;
    };

/**
 * Checks a scanned unit against its history and the return it comes back on (null when it comes
 * back without a reference). Reads only. A refusal means intake must write nothing: the serial is
 * unknown here, names several products, belongs to a unit that was never shipped, or to one that
 * already came back. Flags send the unit to the exception queue; warranty is information only.
 */
export function checkReturnedUnit(db: Database.Database, returned: ReturnRow | null, raw: string, now: Date): UnitCheck {
  const found = findUnitByScan(db, raw);
  if (!found.ok) {
    const serial = scannedSerial(raw);
    switch (found.error.code) {
      case 'decode-error':
        return { outcome: 'refuse', serial, refusal: { code: 'scan-unreadable', params: { detail: found.error.detail } }, facts: null };
      case 'unit-not-found':
        return { outcome: 'refuse', serial: found.error.serial, refusal: { code: 'serial-unknown', params: { serial: found.error.serial } }, facts: null };
      case 'ambiguous-serial':
        return {
          outcome: 'refuse',
          serial: found.error.serial,
          refusal: { code: 'serial-ambiguous', params: { serial: found.error.serial, units: found.error.units } },
          facts: null,
        };
    }
  }

  const facts = readUnitFacts(db, found.value);
  const serial = facts.unit.serial;
  const refusal = refuseIfNotReturnable(db, facts);
  if (refusal !== null) {
    return { outcome: 'refuse', serial, refusal, facts };
  }

  const flags: ReturnFlag[] = [];
  const line = returned === null ? null : collectReturnFlags(db, returned, facts, flags);
  // Only a shipped unit gets here, and a shipped unit cannot be on hold, so a recall shows by its criteria.
  const recall = findRecallMatchingUnit(db, facts.unit.id);
  if (recall !== null) {
    flags.push({ code: 'recall-hold', params: { serial, recall } });
  }

  const config = readReturnConfig(db, facts.clientId).config;
  const warrantyDays = facts.warrantyDays ?? findCategoryConfig(config, facts.category)?.warrantyDays ?? config.defaultWarrantyDays;
  const warranty = assessWarranty(facts.lastShipment?.shippedAt ?? null, warrantyDays, now);
  return { outcome: flags.length === 0 ? 'accept' : 'exception', serial, facts, flags, warranty, line };
}

function scannedSerial(raw: string): string {
  const decoded = decodeScan(raw);
  return normalizeSerial(decoded.ok && decoded.value.kind === 'serial' ? decoded.value.serial : raw);
}

/** Refuses a unit that waits on a return now, came back after its last shipment, or was never shipped. */
function refuseIfNotReturnable(db: Database.Database, facts: UnitFacts): IntakeRefusal | null {
  const serial = facts.unit.serial;
  const open = findOpenReturnUnitOfUnit(db, facts.unit.id);
  if (open !== undefined) {
    return alreadyReturned(db, serial, open, open.createdAt);
  }
  if (facts.unit.status === 'shipped') {
    return null;
  }

  const shippedSeq = facts.lastShipment?.shippedSeq ?? -1;
  if (facts.lastReturned !== null && facts.lastReturned.seq > shippedSeq) {
    const taken = findLastTakenBackReturnUnit(db, facts.unit.id);
    if (taken === undefined) {
      // Returned outside the returns desk, such as by removal receiving, whose event names the removal order.
      return { code: 'unit-already-returned', params: { serial, reference: facts.lastReturned.reference || '-', returnedAt: facts.lastReturned.occurredAt } };
    }
    return alreadyReturned(db, serial, taken, facts.lastReturned.occurredAt);
  }
  return {
    code: 'unit-not-shipped',
    params: { serial, status: facts.unit.status, location: facts.locationCode ?? facts.cartonSscc ?? '-' },
  };
}

function alreadyReturned(db: Database.Database, serial: string, returnUnit: ReturnUnitRow, returnedAt: string): IntakeRefusal {
  const previous = findReturnById(db, returnUnit.returnId);
  return {
    code: 'unit-already-returned',
    params: { serial, returnId: returnUnit.returnId, reference: previous?.reference || `#${returnUnit.returnId}`, referenceKind: previous?.referenceKind ?? 'none', returnedAt, stage: returnUnit.stage },
  };
}

/** Adds the flags that compare the unit's shipment and product with the return; returns the matched line. */
function collectReturnFlags(db: Database.Database, returned: ReturnRow, facts: UnitFacts, flags: ReturnFlag[]): ReturnLineRow | null {
  const serial = facts.unit.serial;
  const shipment = facts.lastShipment;
  if (returned.clientId !== null && shipment !== null && shipment.clientId !== returned.clientId) {
    const returnClient = prepared<[number], { code: string }>(db, 'SELECT code FROM clients WHERE id = ?').get(returned.clientId);
    flags.push({ code: 'other-client', params: { serial, shippedFor: shipment.clientCode, returnClient: returnClient?.code ?? '' } });
  }
  if (returned.orderReference !== null && shipment !== null && shipment.reference.toLowerCase() !== returned.orderReference.toLowerCase()) {
    flags.push({ code: 'other-order', params: { serial, shippedOn: shipment.reference, returnOrder: returned.orderReference } });
  }

  const match = matchReturnLine(listReturnLines(db, returned.id), { productId: facts.unit.productId, sku: facts.sku, fnsku: facts.fnsku }, serial);
  switch (match.kind) {
    case 'no-lines':
      return null;
    case 'matched':
      return match.line;
    case 'other-product':
      flags.push({ code: 'other-product', params: { serial, sku: facts.sku, expectedSkus: match.expectedSkus.join(', ') } });
      return null;
    case 'other-serial':
      flags.push({ code: 'other-serial', params: { serial, sku: facts.sku, expectedSerials: match.expectedSerials.join(', ') } });
      return match.line;
    case 'more-than-expected':
      flags.push({ code: 'more-than-expected', params: { serial, sku: facts.sku, quantity: match.line.quantityExpected } });
      return match.line;
  }
}
