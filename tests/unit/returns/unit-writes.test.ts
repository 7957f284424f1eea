import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const returnsDir = fileURLToPath(new URL('../../../main/returns', import.meta.url));

describe('returns modules', () => {
  it('never write unit rows directly', () => {
    // A return may change a unit only through the state machine (applyUnitTransition), which
    // records one event per change. SQL that creates or rewrites a unit row here would bypass it.
    const sources = readdirSync(returnsDir, { encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(10);

    for (const name of sources) {
      const text = readFileSync(join(returnsDir, name), 'utf8');
      expect(text, name).not.toMatch(/\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+units\b/i);
      expect(text, name).not.toMatch(/updateUnitPlacement|setUnitShipped/);
    }
  });
});
