import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../main/imports/demo';
import { importFile, maxImportBytes } from '../../../main/imports/import-file';
import { useTestStore } from '../imports/test-store';

const openStore = useTestStore();
const repositoryRoot = join(__dirname, '..', '..', '..');

// A case that takes longer than this is a hang for these tests (such as a regular expression
// backtracking on hostile text). It is a bound on runaway work, not a speed target.
const maxMsPerCase = 10_000;

/** One valid file per import format, each importable into a store with the demo data loaded. */
const seeds = [
  { format: 'products-csv', fileName: 'products.csv', text: readFileSync(join(repositoryRoot, 'resources/demo/products.csv'), 'utf8') },
  { format: 'shipments-csv', fileName: 'shipments.csv', text: readFileSync(join(repositoryRoot, 'resources/demo/shipments.csv'), 'utf8') },
  { format: 'amazon-order-report', fileName: 'orders.txt', text: readFileSync(join(repositoryRoot, 'tests/fixtures/imports/amazon-unshipped-orders.txt'), 'utf8') },
  { format: 'shopify-orders-json', fileName: 'orders.json', text: readFileSync(join(repositoryRoot, 'tests/fixtures/real/shopify-api-ruby/orders.json'), 'utf8') },
] as const;

const hostileFragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '"',
    '""',
    ',',
    ';',
    '\t',
    '\r\n',
    '\n\n',
    '\u0000',
    '\ufeff',
    '\ud800',
    '{',
    '}',
    '[',
    '"quantity":-1',
    '"sku":null',
    '=HYPERLINK("http://127.0.0.1/")',
    '<img src=x onerror=alert(1)>',
    '../../etc/passwd',
    '9'.repeat(40),
    '1e309',
    'x'.repeat(5000),
  ),
);

/** An edit of a valid file: a fragment inserted, a span deleted or replaced, or the file cut. */
const mutation = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'truncate', 'duplicate-line'),
  position: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 40 }),
  fragment: hostileFragment,
});

function applyMutation(text: string, edit: typeof mutation extends fc.Arbitrary<infer T> ? T : never): string {
  const at = Math.floor(edit.position * text.length);
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at) + edit.fragment + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'replace':
      return text.slice(0, at) + edit.fragment + text.slice(at + edit.length);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate-line': {
      const lines = text.split('\n');
      const index = Math.floor(edit.position * lines.length);
      lines.splice(index, 0, lines[index] ?? '');
      return lines.join('\n');
    }
    default:
      throw new Error(`unknown mutation ${String(edit.kind)}`);
  }
}

/** Row counts of every table an import writes. */
function rowCounts(db: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of ['clients', 'products', 'shipments', 'shipment_lines', 'events']) {
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return counts;
}

/** Imports `content` and checks the contract: no throw, a coded error with text, nothing written on error. */
function importAndCheck(db: Database.Database, fileName: string, content: Uint8Array): void {
  const before = rowCounts(db);
  const started = performance.now();

  const result = importFile(db, { fileName, content, clientCode: 'DEMO', now: '2026-01-05T08:00:00.000Z' });

  expect(performance.now() - started).toBeLessThan(maxMsPerCase);
  expect(db.inTransaction).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toMatch(/^import-/);
    expect(result.error.text.length).toBeGreaterThan(0);
    expect(result.error.message.key).toMatch(/^imports:errors\./);
    expect(rowCounts(db)).toEqual(before);
  }
}

describe.each(seeds)('importer of $format on hostile input', ({ fileName, text }) => {
  it('handles mutated files', () => {
    const db = openStore();
    const demo = loadDemoData(db);
    expect(demo.ok).toBe(true);

    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const mutated = edits.reduce(applyMutation, text);
        importAndCheck(db, fileName, Buffer.from(mutated, 'utf8'));
      }),
      { numRuns: 150 },
    );
  });

  it('handles random bytes', () => {
    const db = openStore();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        importAndCheck(db, fileName, bytes);
      }),
      { numRuns: 150 },
    );
  });
});

describe('import size limit', () => {
  it('rejects a file over the limit before reading it', () => {
    const db = openStore();
    const result = importFile(db, { fileName: 'huge.csv', content: new Uint8Array(maxImportBytes + 1) });

    expect(result).toMatchObject({ ok: false, error: { code: 'import-too-large' } });
    expect(rowCounts(db).products).toBe(0);
  });
});

describe('import file names', () => {
  it.each(['../../../etc/passwd', '..\\..\\windows\\system.ini', 'a\u0000b.csv', '<img src=x onerror=alert(1)>.csv', 'x'.repeat(255)])(
    'uses %s only as a label',
    (fileName) => {
      const db = openStore();
      const result = importFile(db, { fileName, content: Buffer.from('client,sku,title\nNOPE,SKU-1,Title\n') });

      expect(result.ok).toBe(false);
      expect(result).toMatchObject({ ok: false, error: { code: 'import-client-not-found' } });
      if (result.ok) throw new Error('the import was expected to fail');
      expect(result.error.text).not.toContain('\u0000');
    },
  );
});
