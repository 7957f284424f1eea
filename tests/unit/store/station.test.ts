import { describe, expect, it } from 'vitest';
import { findOrCreateOperator } from '../../../main/store/operators';
import { ensureStation, readStation } from '../../../main/store/station';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

describe('station and operators', () => {
  const tempDir = useTempDir();

  it('creates the station identity once', () => {
    const dir = tempDir();
    const db = openTestStore(dir);

    const created = ensureStation(db, 'bench-7');
    const again = ensureStation(db, 'other name');

    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(again).toEqual(created);
    expect(readStation(db)?.name).toBe('bench-7');
    db.close();
  });

  it('finds operators ignoring case', () => {
    const db = openTestStore(tempDir());

    const anna = findOrCreateOperator(db, 'Anna');
    const again = findOrCreateOperator(db, ' anna ');
    const piotr = findOrCreateOperator(db, 'Piotr');

    expect(again).toEqual(anna);
    expect(piotr.id).not.toBe(anna.id);
    expect(() => findOrCreateOperator(db, '   ')).toThrow(/empty operator name/);
    db.close();
  });
});
