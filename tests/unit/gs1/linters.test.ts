import { describe, expect, it } from 'vitest';

import { listAiDefinitions } from '../../../main/gs1/ai-dictionary';
import { isKnownLinter, runLinter } from '../../../main/gs1/linters';

const today = new Date('2025-06-15T00:00:00Z');

describe('linters', () => {
  it('cover every linter the dictionary names', () => {
    const names = new Set(listAiDefinitions().flatMap((definition) => definition.components.flatMap((component) => component.linters)));

    expect([...names].filter((name) => !isKnownLinter(name))).toEqual([]);
  });

  it.each([
    ['csum', '09506000123455'],
    ['iso3166', '276'],
    ['iso3166999', '999'],
    ['iso3166alpha2', 'DE'],
    ['iso4217', '978'],
    ['hhmi', '2359'],
    ['pieceoftotal', '0203'],
    ['posinseqslash', '2/3'],
    ['iban', 'DE89370400440532013000'],
    ['pcenc', 'M%C3%BCller'],
    ['mediatype', '80'],
    ['nozeroprefix', '0'],
    ['csumalpha', '1987654Ad4X4bL5ttr2310c2K'],
  ])('%s accepts %s', (linter, component) => {
    expect(runLinter(linter, component, today)).toBeNull();
  });

  it.each([
    ['csum', '09506000123456', 'invalid-check-digit'],
    ['iso3166', '999', 'invalid-ai-value'],
    ['iso3166alpha2', 'XX', 'invalid-ai-value'],
    ['iso4217', '000', 'invalid-ai-value'],
    ['hhmi', '2460', 'invalid-date'],
    ['yymmdd', '250230', 'invalid-date'],
    ['pieceoftotal', '0302', 'invalid-ai-value'],
    ['posinseqslash', '4/3', 'invalid-ai-value'],
    ['iban', 'DE89370400440532013001', 'invalid-ai-value'],
    ['pcenc', '100%', 'invalid-ai-value'],
    ['mediatype', '11', 'invalid-ai-value'],
    ['nozeroprefix', '012', 'invalid-ai-value'],
    ['nonzero', '0000', 'invalid-ai-value'],
    ['hasnondigit', '12345', 'invalid-ai-value'],
    ['latitude', '1800000001', 'invalid-ai-value'],
  ])('%s rejects %s', (linter, component, code) => {
    expect(runLinter(linter, component, today)?.code).toBe(code);
  });
});
