import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';

describe('returns lookups', () => {
  const tempDir = useTempDir();

  function plan(sql: string): string {
    const db = openTestStore(tempDir());
    try {
      return db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => row.detail)
        .join('\n');
    } finally {
      db.close();
    }
  }

  it('find a return by reference or tracking through indexes', () => {
    const detail = plan(`SELECT id FROM returns WHERE (reference = 'X' AND reference <> '') OR (tracking_number = 'X' AND tracking_number IS NOT NULL)`);

    expect(detail).toContain('returns_by_reference');
    expect(detail).toContain('returns_by_tracking');
    expect(detail).not.toMatch(/SCAN returns\b/);
  });

  it('find a reference in another case through an index', () => {
    const detail = plan(`SELECT id FROM returns WHERE upper(reference) = upper('x') AND reference <> ''`);

    expect(detail).toContain('returns_by_reference_upper');
    expect(detail).not.toMatch(/SCAN returns\b/);
  });

  it('find a return of a kind and client through the unique index', () => {
    const detail = plan(`SELECT id FROM returns WHERE reference_kind = 'rma' AND coalesce(client_id, 0) = 1 AND reference = 'X' AND reference <> ''`);

    expect(detail).toContain('returns_one_per_reference');
  });

  it('find the open return row of a unit through the index', () => {
    const detail = plan(`SELECT id FROM return_units WHERE unit_id = 1 AND stage IN ('exception', 'accepted')`);

    expect(detail).toContain('return_units_one_open_per_unit');
  });

  it('list the exception queue through the index', () => {
    const detail = plan(`SELECT id FROM return_units WHERE stage = 'exception' ORDER BY created_at, id`);

    expect(detail).toContain('return_units_exceptions');
  });
});
