import type { AiTableEntry } from './ai-definition';
import { AI_TABLE } from './ai-table';

/** One concrete AI with the format of the dictionary line (or range) it belongs to. */
export interface AiDefinition extends AiTableEntry {
  readonly ai: string;
}

function expandRange(entry: AiTableEntry): ReadonlyArray<AiDefinition> {
  const width = entry.firstAi.length;
  const definitions: AiDefinition[] = [];
  for (let code = Number(entry.firstAi); code <= Number(entry.lastAi); code += 1) {
    definitions.push({ ...entry, ai: String(code).padStart(width, '0') });
  }
  return definitions;
}

const definitionsByAi: ReadonlyMap<string, AiDefinition> = new Map(
  AI_TABLE.flatMap(expandRange).map((definition) => [definition.ai, definition]),
);

/** Lists every AI the dictionary defines, in table order. */
export function listAiDefinitions(): ReadonlyArray<AiDefinition> {
  return [...definitionsByAi.values()];
}

/** Returns the definition of one AI such as "01" or "3103", or undefined when GS1 defines no such AI. */
export function findAiDefinition(ai: string): AiDefinition | undefined {
  return definitionsByAi.get(ai);
}

/**
 * Finds the AI that starts at `offset`. GS1 allocates AIs so that no AI is a prefix of another,
 * so at most one of the 2-, 3- and 4-digit candidates exists.
 */
export function findAiAt(text: string, offset: number): AiDefinition | undefined {
  for (let length = 2; length <= 4; length += 1) {
    const candidate = text.slice(offset, offset + length);
    if (candidate.length < length) {
      return undefined;
    }
    const definition = definitionsByAi.get(candidate);
    if (definition !== undefined) {
      return definition;
    }
  }
  return undefined;
}

/** Total value length of an AI whose components are all of fixed length, otherwise null. */
export function fixedValueLength(definition: AiDefinition): number | null {
  let total = 0;
  for (const component of definition.components) {
    if (component.optional || component.minLength !== component.maxLength) {
      return null;
    }
    total += component.maxLength;
  }
  return total;
}
