import { describe, expect, it } from 'vitest';

import { findAiAt, findAiDefinition, fixedValueLength, listAiDefinitions } from '../../../main/gs1/ai-dictionary';
import { GS1_SYNTAX_DICTIONARY_RELEASE } from '../../../main/gs1/ai-table';

describe('AI dictionary', () => {
  it('expands ranges into single AIs', () => {
    expect(findAiDefinition('3105')?.title).toBe('NET WEIGHT (kg)');
    expect(findAiDefinition('3106')).toBeUndefined();
    expect(findAiDefinition('310')).toBeUndefined();
    expect(findAiDefinition('95')?.components[0]?.maxLength).toBe(90);
  });

  it('has no AI that prefixes another', () => {
    const ais = listAiDefinitions().map((definition) => definition.ai);

    const prefixed = ais.filter((ai) => ais.some((other) => other !== ai && other.startsWith(ai)));

    expect(prefixed).toEqual([]);
  });

  it('finds the AI at an offset', () => {
    expect(findAiAt('xx3103001250', 2)?.ai).toBe('3103');
    expect(findAiAt('0109506000123455', 0)?.ai).toBe('01');
    expect(findAiAt('2', 0)).toBeUndefined();
  });

  it('reads flags and lengths', () => {
    const sscc = findAiDefinition('00');
    const lot = findAiDefinition('10');

    expect(sscc?.predefinedLength).toBe(true);
    expect(sscc && fixedValueLength(sscc)).toBe(18);
    expect(lot?.predefinedLength).toBe(false);
    expect(lot && fixedValueLength(lot)).toBeNull();
    expect(findAiDefinition('01')?.digitalLinkPrimaryKey).toEqual([['22', '10', '21'], ['235']]);
  });

  it('names its dictionary release', () => {
    expect(GS1_SYNTAX_DICTIONARY_RELEASE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
