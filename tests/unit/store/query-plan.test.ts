import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

/** The detail column of EXPLAIN QUERY PLAN, one line per step. */
function planOf(db: ReturnType<typeof openTestStore>, sql: string, ...params: unknown[]): string {
  return db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => (row as { detail: string }).detail)
    .join('\n');
}

describe('hot lookups use indexes', () => {
  const tempDir = useTempDir();

  const cases: ReadonlyArray<{ readonly name: string; readonly sql: string; readonly params: ReadonlyArray<unknown>; readonly index: RegExp }> = [
    { name: 'unit by serial', sql: 'SELECT id FROM units WHERE serial = ? ORDER BY id', params: ['SN1'], index: /units_by_serial/ },
    { name: 'unit by product and serial', sql: 'SELECT id FROM units WHERE product_id = ? AND serial = ?', params: [1, 'SN1'], index: /sqlite_autoindex_units_1|units_one_per_folded_serial/ },
    { name: 'unit by folded serial', sql: 'SELECT id FROM units WHERE serial_folded = ? ORDER BY id', params: ['SN1'], index: /units_by_folded_serial|units_one_per_folded_serial/ },
    { name: 'unit lookup by either serial', sql: 'SELECT id FROM units u WHERE u.serial = ? OR u.serial_folded = ?', params: ['SN1', 'SN1'], index: /units_by_serial[\s\S]*units_by_folded_serial|units_by_folded_serial[\s\S]*units_by_serial/ },
    { name: 'product by GTIN', sql: 'SELECT id FROM products WHERE gtin = ? ORDER BY id', params: ['09506000123455'], index: /products_by_gtin/ },
    { name: 'events by unit', sql: 'SELECT seq FROM events WHERE unit_id = ? ORDER BY seq', params: [1], index: /events_by_unit/ },
    {
      name: 'last packed event of carton',
      sql: "SELECT unit_id FROM events WHERE carton_id = ? AND type = 'unit-packed' AND station_id = ? ORDER BY seq DESC LIMIT 1",
      params: [1, 's'],
      index: /events_by_carton/,
    },
    { name: 'event by gesture', sql: 'SELECT seq FROM events WHERE idempotency_key = ?', params: ['g'], index: /sqlite_autoindex_events_2/ },
    { name: 'gesture by id', sql: 'SELECT verdict_json FROM scan_gestures WHERE gesture_id = ?', params: ['g'], index: /sqlite_autoindex_scan_gestures/ },
    {
      name: 'pending product of station',
      sql: 'SELECT pending_product_id FROM scan_gestures WHERE station_id = ? AND shipment_id = ? ORDER BY seq DESC LIMIT 1',
      params: ['s', 1],
      index: /scan_gestures_by_station_shipment/,
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name} uses an index`, () => {
      const db = openTestStore(tempDir());

      const plan = planOf(db, testCase.sql, ...testCase.params);

      expect(plan).toMatch(testCase.index);
      expect(plan).not.toMatch(/^SCAN (units|products|events|scan_gestures)$/m);
      db.close();
    });
  }
});
