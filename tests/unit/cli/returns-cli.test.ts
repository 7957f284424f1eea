import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { intakeReturnedUnit } from '../../../main/returns/intake-unit';
import { openReturn } from '../../../main/returns/open-return';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { runCliCaptured } from '../../support/cli';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';
import { createReturnsFixture, requireOk, snapshotStore } from '../returns/returns-fixture';
import { sharedFixturePath } from '../returns/shared-fixture';

const filledReport = fileURLToPath(new URL('../../fixtures/returns/amazon-customer-returns-filled.tsv', import.meta.url));
const realReport = sharedFixturePath('airbyte-amazon-seller-partner/GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv');

function prepareStore(dataDir: string): void {
  createReturnsFixture(dataDir).db.close();
}

function storeSnapshot(dataDir: string): string {
  const db = openTestStore(dataDir);
  try {
    return snapshotStore(db);
  } finally {
    db.close();
  }
}

describe('packtrace returns import', () => {
  const tempDir = useTempDir();

  it('imports the filled report once', async () => {
    const dataDir = tempDir();
    prepareStore(dataDir);

    const first = await runCliCaptured(['returns', 'import', '--client', 'ACME', filledReport, '--data-dir', dataDir]);
    const afterFirst = storeSnapshot(dataDir);
    const second = await runCliCaptured(['returns', 'import', '--client', 'ACME', filledReport, '--data-dir', dataDir]);

    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe('amazon-customer-returns-filled.tsv: 3 row(s), 3 return(s) created, 0 already imported, 1 with a product not in the catalog.\n');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 return(s) created, 3 already imported');
    expect(storeSnapshot(dataDir)).toBe(afterFirst);
    const listed = await runCliCaptured(['returns', 'list', '--json', '--data-dir', dataDir]);
    const references = (JSON.parse(listed.stdout) as { returns: Array<{ reference: string; status: string }> }).returns.map((entry) => `${entry.reference} ${entry.status}`);
    expect(references).toEqual(['LPNRR100000003 awaiting-intake', 'LPNRR100000002 awaiting-intake', 'LPNRR100000001 awaiting-intake']);
    const closed = await runCliCaptured(['returns', 'list', '--status', 'closed', '--data-dir', dataDir]);
    expect(closed.stdout).toBe('0 return(s).\n');
    const badStatus = await runCliCaptured(['returns', 'list', '--status', 'done', '--data-dir', dataDir]);
    expect(badStatus.code).toBe(2);
    const db = openTestStore(dataDir);
    expect(db.prepare("SELECT count(*) AS n FROM returns WHERE status = 'awaiting-intake' AND reference_kind = 'amazon-return'").get()).toEqual({ n: 3 });
    db.close();
  });

  it('names row and column of the real fixture', async () => {
    const dataDir = tempDir();
    prepareStore(dataDir);
    const before = storeSnapshot(dataDir);

    const run = await runCliCaptured(['returns', 'import', '--client', 'ACME', realReport, '--data-dir', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'packtrace: import failed: GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv, row 2, column return-date: "return-date" is invalid, ' +
        'expected a date such as 2024-03-05 or 2024-03-05T14:02:11+00:00. The file was not imported.\n',
    );
    expect(storeSnapshot(dataDir)).toBe(before);
  });

  it('rejects an unknown client', async () => {
    const dataDir = tempDir();
    prepareStore(dataDir);

    const run = await runCliCaptured(['returns', 'import', '--client', 'NOPE', filledReport, '--data-dir', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('packtrace: Client NOPE was not found. Check the client code.\n');
  });

  it('requires --client and a file', async () => {
    const missingClient = await runCliCaptured(['returns', 'import', filledReport, '--data-dir', tempDir()]);
    const missingFile = await runCliCaptured(['returns', 'import', '--client', 'ACME', '--data-dir', tempDir()]);
    const noAction = await runCliCaptured(['returns', '--data-dir', tempDir()]);

    expect(missingClient.code).toBe(2);
    expect(missingClient.stderr).toContain('missing --client');
    expect(missingFile.code).toBe(2);
    expect(noAction.code).toBe(2);
    expect(noAction.stderr).toContain('import, config, exceptions, list, report or verify-photos');
  });
});

describe('packtrace returns config', () => {
  const tempDir = useTempDir();

  it('sets and prints the config', async () => {
    const dataDir = tempDir();
    prepareStore(dataDir);
    const file = join(dataDir, 'acme-returns.json');
    writeFileSync(file, JSON.stringify({ defaultWarrantyDays: 365, dispositionRules: [{ grades: ['C'], disposition: 'liquidate' }] }));

    const set = await runCliCaptured(['returns', 'config', '--client', 'ACME', file, '--data-dir', dataDir]);
    const printed = await runCliCaptured(['returns', 'config', '--client', 'ACME', '--json', '--data-dir', dataDir]);

    expect(set).toMatchObject({ code: 0, stdout: 'Returns configuration of client ACME saved.\n' });
    expect(JSON.parse(printed.stdout)).toMatchObject({ clientCode: 'ACME', isDefault: false, config: { defaultWarrantyDays: 365, dispositionRules: [{ grades: ['C'], disposition: 'liquidate' }] } });
  });

  it('reads a config with BOM', async () => {
    const dataDir = tempDir();
    prepareStore(dataDir);
    const file = join(dataDir, 'notepad.json');
    // Notepad and PowerShell's Out-File write UTF-8 with a byte order mark.
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"defaultWarrantyDays": 365}\r\n')]));

    const set = await runCliCaptured(['returns', 'config', '--client', 'ACME', file, '--data-dir', dataDir]);

    expect(set).toMatchObject({ code: 0, stdout: 'Returns configuration of client ACME saved.\n' });
  });

  it('rejects config bytes not UTF-8', async () => {
    const dataDir = tempDir();
    prepareStore(dataDir);
    const file = join(dataDir, 'windows-1252.json');
    const config = { checklist: [{ id: 'housing', labels: { en: 'Housing', de: 'Gehäuse', pl: 'Obudowa', fr: 'Boîtier' }, options: [{ id: 'ok', labels: { en: 'OK', de: 'OK', pl: 'OK', fr: 'OK' } }, { id: 'cracked', labels: { en: 'Cracked', de: 'Gesprungen', pl: 'Pęknięta', fr: 'Fissuré' } }] }] };
    writeFileSync(file, Buffer.from(JSON.stringify(config).replace('ę', 'e'), 'latin1'));
    const before = storeSnapshot(dataDir);

    const set = await runCliCaptured(['returns', 'config', '--client', 'ACME', file, '--data-dir', dataDir]);

    expect(set.code).toBe(1);
    expect(set.stderr).toBe('packtrace: windows-1252.json is not valid UTF-8 text. Save it as UTF-8 and run the command again.\n');
    expect(storeSnapshot(dataDir)).toBe(before);
  });

  it('lists every problem of a bad file', async () => {
    const dataDir = tempDir();
    prepareStore(dataDir);
    const wrongType = join(dataDir, 'wrong-type.json');
    writeFileSync(wrongType, JSON.stringify({ defaultWarrantyDays: 'a year', categories: 'camera' }));
    const crossField = join(dataDir, 'cross-field.json');
    writeFileSync(crossField, JSON.stringify({ checklist: [{ id: 'smell' }], dispositionRules: [{ grades: ['B'], disposition: 'restock-new' }] }));
    const before = storeSnapshot(dataDir);

    const typeRun = await runCliCaptured(['returns', 'config', '--client', 'ACME', wrongType, '--data-dir', dataDir]);
    const crossRun = await runCliCaptured(['returns', 'config', '--client', 'ACME', crossField, '--data-dir', dataDir]);

    expect(typeRun.code).toBe(1);
    const typeLines = typeRun.stderr.trim().split('\n');
    expect(typeLines).toHaveLength(2);
    expect(typeLines[0]).toMatch(/^packtrace: wrong-type\.json: Returns configuration, at defaultWarrantyDays: .+\.$/);
    expect(typeLines[1]).toMatch(/^packtrace: wrong-type\.json: Returns configuration, at categories: .+\.$/);
    expect(crossRun.code).toBe(1);
    expect(crossRun.stderr.trim().split('\n')).toEqual([
      'packtrace: cross-field.json: Returns configuration, at checklist.0: a custom question needs labels in en, de, pl and fr.',
      'packtrace: cross-field.json: Returns configuration, at checklist.0: a custom question needs at least two options.',
      'packtrace: cross-field.json: Returns configuration, at dispositionRules.0: a restock-new rule must match only grade A with packaging sealed.',
    ]);
    expect(storeSnapshot(dataDir)).toBe(before);
  });

  it('rejects a file that is not JSON', async () => {
    const dataDir = tempDir();
    prepareStore(dataDir);
    const file = join(dataDir, 'broken.json');
    writeFileSync(file, '{ "defaultWarrantyDays": ');

    const run = await runCliCaptured(['returns', 'config', '--client', 'ACME', file, '--data-dir', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^packtrace: broken\.json is not valid JSON \(.+\)\. Fix the file and run the command again\.\n$/);
  });
});

describe('packtrace returns exceptions', () => {
  const tempDir = useTempDir();

  it('prints the queue as JSON', async () => {
    const dataDir = tempDir();
    const fixture = createReturnsFixture(dataDir);
    fixture.ship('ORD-1', ['SN000451']);
    const returnId = requireOk(
      inWriteTransaction(fixture.db, () =>
        openReturn(fixture.db, fixture.actor, { clientId: fixture.clientId, referenceKind: 'rma', reference: 'RMA-5', orderReference: 'ORD-9', trackingNumber: null, source: 'on-the-spot', lines: [] }),
      ),
    );
    requireOk(inWriteTransaction(fixture.db, () => intakeReturnedUnit(fixture.db, fixture.actor, { returnId, raw: 'SN000451', gestureId: 'cli-gesture-1' })));
    fixture.db.close();

    const json = await runCliCaptured(['returns', 'exceptions', '--json', '--data-dir', dataDir]);
    const text = await runCliCaptured(['returns', 'exceptions', '--data-dir', dataDir]);

    expect(json.code).toBe(0);
    const output = JSON.parse(json.stdout) as { exceptions: Array<{ serial: string; reference: string; flags: Array<{ code: string; text: string }> }> };
    expect(output.exceptions).toMatchObject([{ serial: 'SN000451', reference: 'RMA-5', flags: [{ code: 'other-order', text: 'Unit SN000451 was shipped on order ORD-1, but the return names order ORD-9.' }] }]);
    expect(text.stdout).toContain('SN000451  CAM-1  return RMA-5');
  });

  it('says when the queue is empty', async () => {
    const dataDir = tempDir();
    prepareStore(dataDir);

    const run = await runCliCaptured(['returns', 'exceptions', '--data-dir', dataDir]);

    expect(run).toMatchObject({ code: 0, stdout: 'The exception queue is empty.\n' });
  });
});
