import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/api/create-services';
import { dispatch } from '../../../main/api/dispatch';
import type { StationContext } from '../../../main/api/station-context';
import { createTranslator } from '../../../main/core/translator';
import type { OperatorRole } from '../../../main/operators/roles';
import { ensureStation } from '../../../main/store/station';
import { signInTestOperator } from '../../support/operators';
import { useTempDir } from '../../support/temp-dir';
import { createReturnsFixture, snapshotStore } from '../returns/returns-fixture';

type CallOutcome = { ok: boolean; value?: any; error?: any };

const english = createTranslator('en');
const filledReport = readFileSync(new URL('../../fixtures/returns/amazon-customer-returns-filled.tsv', import.meta.url), 'utf8');

function base64Of(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
const qrScan = '1Z6V519Y5555555555|DtAAAKx5AAAA|E1|LAS2 01 AMAZON RETURNS CR|3837 Bay Lake Trail|Ste 113|89193|Las Vegas|NV|AMAZON RETURNS|x||98144|Seattle|WA|DtAAAKx5AAAA|1|Yahtzee|';

/** True when the key has an English text, so the operator never sees a bare key. */
function translated(message: { key: string; params: Record<string, string | number> }): boolean {
  const text = english(message.key, message.params);
  return text !== message.key.split(':')[1] && text !== message.key && !text.includes('{{');
}

async function returnsStation(dir: string, role: OperatorRole = 'returns-technician') {
  const fixture = createReturnsFixture(dir);
  const context: StationContext = {
    db: fixture.db,
    stationId: ensureStation(fixture.db).id,
    dataDir: dir,
    labelsDir: join(dir, 'labels'),
    transport: 'browser',
    appVersion: '0.1.0-test',
  };
  const technician = createServices(context);
  await signInTestOperator(technician, fixture.db, 'Tom', role);
  const supervisor = createServices(context);
  await signInTestOperator(supervisor, fixture.db, 'Sue', 'supervisor');
  const call = async (channel: string, payload: unknown): Promise<CallOutcome> => (await dispatch(technician, channel, payload)) as CallOutcome;
  const callAsSupervisor = async (channel: string, payload: unknown): Promise<CallOutcome> => (await dispatch(supervisor, channel, payload)) as CallOutcome;
  return { fixture, call, callAsSupervisor };
}

describe('returns services', () => {
  const tempDir = useTempDir();

  it('runs a return from label scan to grading', async () => {
    const { fixture, call } = await returnsStation(tempDir());
    fixture.ship('ORD-1', ['SN000451']);

    const found = await call('returns.find', { text: qrScan });
    expect(found.value).toMatchObject({ matches: [], returnLabel: { rma: 'DtAAAKx5AAAA' }, openSuggestion: { referenceKind: 'rma', reference: 'DtAAAKx5AAAA', trackingNumber: '1Z6V519Y5555555555' } });
    expect(translated(found.value.message)).toBe(true);

    const opened = await call('returns.open', { ...found.value.openSuggestion, clientCode: 'ACME', orderReference: 'ORD-1', expected: [{ sku: 'CAM-1' }], source: 'return-label' });
    expect(opened.value.return).toMatchObject({ status: 'awaiting-intake', reference: 'DtAAAKx5AAAA', trackingNumber: '1Z6V519Y5555555555', unitsExpected: 1 });

    const again = await call('returns.find', { text: qrScan });
    expect(again.value.matches.map((match: { returnId: number }) => match.returnId)).toEqual([opened.value.return.returnId]);
    const byTracking = await call('returns.find', { text: '1z6v519y5555555555' });
    expect(byTracking.value.matches).toHaveLength(1);

    const preview = await call('returns.checkUnit', { returnId: opened.value.return.returnId, raw: 'SN000451' });
    expect(preview.value).toMatchObject({ outcome: 'accept', unit: { sku: 'CAM-1', lastShipment: { reference: 'ORD-1', packedBy: 'Anna' } }, warranty: { status: 'unknown' } });
    expect(preview.value.unit.timeline.map((entry: { type: string }) => entry.type)).toEqual(['unit-packed', 'unit-shipped']);

    const taken = await call('returns.intakeUnit', { returnId: opened.value.return.returnId, raw: 'SN000451', gestureId: 'intake-0001' });
    expect(taken.value).toMatchObject({ check: { outcome: 'accept' }, returnUnit: { stage: 'accepted', takenInBy: 'Tom' }, replayed: false });
    const replay = await call('returns.intakeUnit', { returnId: opened.value.return.returnId, raw: 'SN000451', gestureId: 'intake-0001' });
    expect(replay.value).toMatchObject({ replayed: true, returnUnit: { returnUnitId: taken.value.returnUnit.returnUnitId } });

    const form = await call('returns.gradingForm', { returnUnitId: taken.value.returnUnit.returnUnitId });
    expect(form.value).toMatchObject({ checklistSource: 'standard', hasFnsku: false, grades: ['A', 'B', 'C', 'D'] });
    for (const question of form.value.questions) {
      expect(translated(question.caption.message)).toBe(true);
      for (const option of question.options) {
        expect(translated(option.caption.message)).toBe(true);
      }
    }

    const answers = { packaging: 'opened', accessories: 'yes', 'functional-test': 'passed', cosmetic: 'light-wear' };
    const suggestion = await call('returns.suggestDisposition', { returnUnitId: taken.value.returnUnit.returnUnitId, answers, grade: 'B' });
    expect(suggestion.value).toEqual({ amazonCondition: 'Used - Very Good', suggestedDisposition: 'restock-used', rule: { source: 'default', index: 1 } });

    const graded = await call('returns.grade', { returnUnitId: taken.value.returnUnit.returnUnitId, answers, grade: 'B', locationCode: ' b-02 ', gestureId: 'grade-0001' });
    expect(graded.value).toMatchObject({ disposition: 'restock-used', labels: ['grade'], returnClosed: true, view: { return: { status: 'closed', unitsDispositioned: 1 } } });
    expect(fixture.db.prepare("SELECT status, location_id AS locationId FROM units WHERE serial = 'SN000451'").get()).toEqual({ status: 'in-stock', locationId: fixture.shelfB.id });
    fixture.db.close();
  });

  it('flags a serial swap for a supervisor', async () => {
    const { fixture, call, callAsSupervisor } = await returnsStation(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    fixture.ship('ORD-2', ['SN000452']);
    const opened = await call('returns.open', { referenceKind: 'rma', reference: 'RMA-7', clientCode: 'ACME', orderReference: 'ORD-1', expected: [{ sku: 'CAM-1', serial: 'SN000451' }] });

    const taken = await call('returns.intakeUnit', { returnId: opened.value.return.returnId, raw: 'SN000452', gestureId: 'intake-swap' });
    expect(taken.value.check.outcome).toBe('exception');
    expect(taken.value.check.flags.map((flag: { code: string }) => flag.code)).toEqual(['other-order', 'other-serial']);
    for (const flag of taken.value.check.flags) {
      expect(translated(flag.message)).toBe(true);
    }

    const queue = await call('returns.exceptions', {});
    expect(queue.value).toMatchObject([{ serial: 'SN000452', reference: 'RMA-7', clientCode: 'ACME', takenInBy: 'Tom' }]);
    expect(queue.value[0].ageSeconds).toBeGreaterThanOrEqual(0);

    const denied = await call('returns.resolveException', { returnUnitId: taken.value.returnUnit.returnUnitId, resolution: 'return-to-sender', reason: 'swapped' });
    expect(denied.ok).toBe(false);

    const resolved = await callAsSupervisor('returns.resolveException', { returnUnitId: taken.value.returnUnit.returnUnitId, resolution: 'return-to-sender', reason: 'serial swapped by customer' });
    expect(resolved.value.returnUnit).toMatchObject({ stage: 'returned-to-sender', resolvedBy: 'Sue', resolutionReason: 'serial swapped by customer' });
    expect((await call('returns.exceptions', {})).value).toEqual([]);
    fixture.db.close();
  });

  it('rejects a never shipped serial creating nothing', async () => {
    const { fixture, call } = await returnsStation(tempDir());
    const before = snapshotStore(fixture.db);

    const taken = await call('returns.intakeUnit', { returnId: null, raw: 'SN999999', gestureId: 'intake-unknown' });

    expect(taken.value).toMatchObject({ check: { outcome: 'refuse', refusal: { code: 'serial-unknown' } }, returnUnit: null, view: null });
    expect(translated(taken.value.check.refusal.message)).toBe(true);
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('blocks a second return of a unit', async () => {
    const { fixture, call } = await returnsStation(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    await call('returns.intakeUnit', { returnId: null, raw: 'SN000451', gestureId: 'intake-first' });
    const before = snapshotStore(fixture.db);

    const second = await call('returns.intakeUnit', { returnId: null, raw: 'SN000451', gestureId: 'intake-second' });

    expect(second.value.check).toMatchObject({ outcome: 'refuse', refusal: { code: 'unit-already-returned' } });
    expect(english(second.value.check.refusal.message.key, second.value.check.refusal.message.params)).toContain('already returned');
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('imports the filled returns report', async () => {
    const { fixture, call } = await returnsStation(tempDir());

    const imported = await call('returns.importAmazonReport', { clientCode: 'ACME', fileName: 'returns.tsv', contentBase64: base64Of(filledReport) });
    const listed = await call('returns.list', { status: 'awaiting-intake' });

    expect(imported.value).toMatchObject({ rows: 3, returnsCreated: 3, unknownProducts: 1 });
    expect(listed.value).toHaveLength(3);
    fixture.db.close();
  });

  it('rejects report bytes not UTF-8', async () => {
    const { fixture, call } = await returnsStation(tempDir());
    const before = snapshotStore(fixture.db);
    // The report saved from Excel as Windows-1252: "Müller" has the byte 0xFC, which UTF-8 never uses alone.
    const windows1252 = Buffer.from(filledReport.replace('Stopped recording after two days', 'Müller says it stopped'), 'latin1');

    const imported = await call('returns.importAmazonReport', { clientCode: 'ACME', fileName: 'returns.tsv', contentBase64: windows1252.toString('base64') });

    expect(imported.ok).toBe(false);
    expect(imported.error?.code).toBe('import-not-utf8');
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('translates every rejection', async () => {
    expect(translated({ key: 'returns:error.no-such-code', params: {} })).toBe(false);
    const { fixture, call, callAsSupervisor } = await returnsStation(tempDir());
    const before = snapshotStore(fixture.db);
    const calls: ReadonlyArray<readonly [string, unknown]> = [
      ['returns.view', { returnId: 999 }],
      ['returns.open', { referenceKind: 'rma', reference: '', clientCode: 'ACME' }],
      ['returns.open', { referenceKind: 'rma', reference: 'R1', clientCode: 'NOPE' }],
      ['returns.open', { referenceKind: 'rma', reference: 'R1', clientCode: 'ACME', expected: [{ sku: 'NOPE' }] }],
      ['returns.open', { referenceKind: 'rma', reference: 'R1', expected: [{ sku: 'CAM-1' }] }],
      ['returns.importAmazonReport', { clientCode: 'ACME', fileName: 'x.tsv', contentBase64: base64Of(filledReport.replace('2026-01-12T09:15:22+00:00', 'yesterday')) }],
      ['returns.intakeUnit', { returnId: 999, raw: 'SN1', gestureId: 'intake-missing' }],
      ['returns.gradingForm', { returnUnitId: 999 }],
      ['returns.grade', { returnUnitId: 999, answers: {}, grade: 'A', gestureId: 'grade-missing' }],
      ['returns.close', { returnId: 999 }],
      ['returns.config', { clientCode: 'NOPE' }],
    ];
    for (const [channel, payload] of calls) {
      const outcome = await call(channel, payload);
      expect(outcome.ok, channel).toBe(false);
      expect(translated(outcome.error.message), `${channel}: ${outcome.error.message.key}`).toBe(true);
    }
    const badConfig = await callAsSupervisor('returns.setConfig', { clientCode: 'ACME', config: { checklist: [{ id: 'smell' }] } });
    expect(badConfig.error).toMatchObject({ code: 'config-invalid', message: { key: 'returns:config.custom-question-needs-labels', params: { path: 'checklist.0' } } });
    expect(translated(badConfig.error.message)).toBe(true);
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('grades with a category checklist', async () => {
    const { fixture, call, callAsSupervisor } = await returnsStation(tempDir());
    fixture.db.prepare("UPDATE products SET category = 'Camera' WHERE id = ?").run(fixture.cameraId);
    const lensScratched = { en: 'Lens scratched', de: 'Linse zerkratzt', pl: 'Porysowany obiektyw', fr: 'Objectif rayé' };
    const config = {
      categories: [
        {
          category: 'camera',
          checklist: [
            { id: 'functional-test' },
            { id: 'lens-scratched', labels: lensScratched, options: [{ id: 'yes', labels: { en: 'Yes', de: 'Ja', pl: 'Tak', fr: 'Oui' } }, { id: 'no', labels: { en: 'No', de: 'Nein', pl: 'Nie', fr: 'Non' } }] },
          ],
        },
      ],
      dispositionRules: [{ answers: { 'lens-scratched': ['yes'] }, disposition: 'refurbish' }],
    };
    expect((await callAsSupervisor('returns.setConfig', { clientCode: 'ACME', config })).ok).toBe(true);
    fixture.ship('ORD-1', ['SN000451']);
    const taken = await call('returns.intakeUnit', { returnId: null, raw: 'SN000451', gestureId: 'intake-camera' });
    const returnUnitId = taken.value.returnUnit.returnUnitId;

    const form = await call('returns.gradingForm', { returnUnitId });
    const missing = await call('returns.grade', { returnUnitId, answers: { 'functional-test': 'passed' }, grade: 'B', gestureId: 'grade-missing-answer' });
    const graded = await call('returns.grade', { returnUnitId, answers: { 'functional-test': 'passed', 'lens-scratched': 'yes' }, grade: 'B', gestureId: 'grade-camera' });

    expect(form.value).toMatchObject({ checklistSource: 'category', category: 'Camera' });
    expect(form.value.questions.map((question: { questionId: string }) => question.questionId)).toEqual(['functional-test', 'lens-scratched']);
    expect(form.value.questions[1].caption).toEqual({ kind: 'text', text: lensScratched });
    expect(missing.error).toMatchObject({ code: 'answer-missing', message: { key: 'returns:error.answer-missing', params: { questionId: 'lens-scratched' } } });
    expect(graded.value).toMatchObject({ suggestedDisposition: 'refurbish', disposition: 'refurbish', amazonCondition: 'Used - Very Good', labels: ['grade', 'serial'] });
    expect(fixture.db.prepare("SELECT status FROM units WHERE serial = 'SN000451'").get()).toEqual({ status: 'in-refurbishment' });
    fixture.db.close();
  });

  it('lets only supervisors set the config', async () => {
    const { fixture, call, callAsSupervisor } = await returnsStation(tempDir());
    const config = { defaultWarrantyDays: 30 };

    expect((await call('returns.setConfig', { clientCode: 'ACME', config })).ok).toBe(false);
    const saved = await callAsSupervisor('returns.setConfig', { clientCode: 'ACME', config });
    const read = await call('returns.config', { clientCode: 'ACME' });

    expect(saved.value).toMatchObject({ clientCode: 'ACME', isDefault: false, config: { defaultWarrantyDays: 30 } });
    expect(read.value).toMatchObject({ isDefault: false, config: { defaultWarrantyDays: 30, categories: [], dispositionRules: [] } });
    fixture.db.close();
  });
});
