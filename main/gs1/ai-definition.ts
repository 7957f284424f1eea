/**
 * Shape of one entry of the GS1 Application Identifier table. The entries themselves are generated
 * into ai-table.ts from the GS1 Barcode Syntax Dictionary; this file holds only the types.
 */

/**
 * Character set of a component: N digits, X GS1 AI encodable character set 82, Y GS1 character
 * set 39, Z the base64url alphabet.
 */
export type AiCharset = 'N' | 'X' | 'Y' | 'Z';

/** One component of an AI's data field, consumed in order from the front of the value. */
export interface AiComponentSpec {
  readonly charset: AiCharset;
  readonly minLength: number;
  readonly maxLength: number;
  /** Optional components may be left out once the value is used up. */
  readonly optional: boolean;
  /** Names of the syntax-dictionary linters that check this component's content, in order. */
  readonly linters: ReadonlyArray<string>;
}

/** One dictionary line: a single AI or a range of AIs that share a format. */
export interface AiTableEntry {
  /** First AI of the range, such as "3100"; equal to lastAi for a single AI. */
  readonly firstAi: string;
  readonly lastAi: string;
  /** True for AIs of predefined length, which need no GS separator after their value. */
  readonly predefinedLength: boolean;
  /** True when the AI may appear as a data attribute in a GS1 Digital Link query string. */
  readonly digitalLinkAttribute: boolean;
  readonly components: ReadonlyArray<AiComponentSpec>;
  /**
   * Mandatory associations. Each inner list is one `req=` rule whose alternatives are AI groups
   * joined with "+"; every rule must have at least one alternative present. Patterns may end in
   * "n" or "nn" as wildcards for digits.
   */
  readonly requires: ReadonlyArray<ReadonlyArray<ReadonlyArray<string>>>;
  /** AIs or patterns that must not appear together with this AI. */
  readonly excludes: ReadonlyArray<string>;
  /**
   * Digital Link primary key: null when the AI is no primary key, otherwise the allowed sequences
   * of key qualifiers (an empty list of sequences means no qualifiers are accepted).
   */
  readonly digitalLinkPrimaryKey: ReadonlyArray<ReadonlyArray<string>> | null;
  readonly title: string;
}
