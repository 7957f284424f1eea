import { err, type Result } from '../core/result';
import { findAiDefinition, type AiDefinition } from '../gs1/ai-dictionary';
import { validateAiValue } from '../gs1/ai-value';
import { finishAiList, type Gs1ReadOptions } from './ai-list';
import { normalizeGtin } from './gtin';
import type { ApplicationIdentifierValue, ScanError } from './types';

/** True when the text is an http or https URI, which the decoder reads as a GS1 Digital Link. */
export function looksLikeUri(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

function linkError(uri: string, message: string): ScanError {
  return { code: 'invalid-digital-link', part: uri, message };
}

/** Percent-decodes exactly once; returns null for a malformed escape. */
function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** True when the qualifiers appear in the order of one allowed sequence, each at most once. */
function qualifiersInOrder(qualifiers: ReadonlyArray<string>, sequences: ReadonlyArray<ReadonlyArray<string>>): boolean {
  if (qualifiers.length === 0) {
    return true;
  }
  return sequences.some((sequence) => {
    let position = 0;
    return qualifiers.every((qualifier) => {
      const found = sequence.indexOf(qualifier, position);
      position = found + 1;
      return found !== -1;
    });
  });
}


/** Reads the primary key and key qualifiers from the path segments, in the order given. */
function readPath(uri: string, segments: ReadonlyArray<string>): Result<ApplicationIdentifierValue[], ScanError> {
  // A path may start with segments of the resolver's own. The primary key is the first AI segment
  // after which the rest of the path forms AI/value pairs.
  const keyIndex = segments.findIndex((segment, index) => {
    const definition = findAiDefinition(segment);
    return definition?.digitalLinkPrimaryKey != null && (segments.length - index) % 2 === 0;
  });
  if (keyIndex === -1) {
    return err(linkError(uri, `URI "${uri}" has no GS1 Digital Link primary key (such as /01/ and a GTIN) in its path.`));
  }

  const pairs: ApplicationIdentifierValue[] = [];
  for (let index = keyIndex; index < segments.length; index += 2) {
    const ai = segments[index] ?? '';
    const value = decodeOnce(segments[index + 1] ?? '');
    if (value === null) {
      return err(linkError(uri, `URI "${uri}" has an invalid percent escape in the value of AI (${ai}).`));
    }
    if (ai !== '01') {
      pairs.push({ ai, value });
      continue;
    }

    // GS1 Digital Link allows a GTIN-8, -12 or -13 in the path; element strings carry 14 digits.
    const gtin = normalizeGtin(value);
    if (!gtin.ok) {
      return err({ ...gtin.error, part: `(01)${value}` });
    }
    pairs.push({ ai, value: gtin.value });
  }

  const [primary, ...qualifiers] = pairs;
  const sequences = findAiDefinition(primary?.ai ?? '')?.digitalLinkPrimaryKey ?? [];
  if (!qualifiersInOrder(qualifiers.map((pair) => pair.ai), sequences)) {
    const allowed = sequences.map((sequence) => sequence.join(', ')).join(' or ') || 'none';
    return err(
      linkError(uri, `URI "${uri}" has key qualifiers that AI (${primary?.ai}) does not allow in that order (allowed: ${allowed}).`),
    );
  }
  return { ok: true, value: pairs };
}

/** Reads the data attributes: query parameters whose name is a numeric AI. Others are ignored. */
function readQuery(uri: string, query: string): Result<ApplicationIdentifierValue[], ScanError> {
  const pairs: ApplicationIdentifierValue[] = [];
  for (const parameter of query.split('&')) {
    const [name = '', rawValue = ''] = parameter.split(/=(.*)/s);
    if (!/^\d+$/.test(name)) {
      continue;
    }

    const definition: AiDefinition | undefined = findAiDefinition(name);
    if (definition === undefined || !definition.digitalLinkAttribute) {
      return err(linkError(uri, `URI "${uri}" has query parameter "${name}", which is no GS1 Digital Link data attribute.`));
    }
    const value = decodeOnce(rawValue);
    if (value === null) {
      return err(linkError(uri, `URI "${uri}" has an invalid percent escape in the value of AI (${name}).`));
    }
    pairs.push({ ai: name, value });
  }
  return { ok: true, value: pairs };
}

/**
 * Parses a GS1 Digital Link URI on any host: the primary key and key qualifiers from the path,
 * data attributes from the query. Every value is percent-decoded once and validated like an
 * element string value.
 * NOTE: the compressed form and the short alphabetic names of GS1 Digital Link 1.1 ("/gtin/")
 * are not supported; such URIs fail with invalid-digital-link.
 */
export function parseDigitalLink(uri: string, options: Gs1ReadOptions): Result<ReadonlyArray<ApplicationIdentifierValue>, ScanError> {
  const match = /^https?:\/\/[^/?#]+([^?#]*)(?:\?([^#]*))?(?:#.*)?$/is.exec(uri);
  if (match === null) {
    return err(linkError(uri, `"${uri}" is not a valid http or https URI.`));
  }

  const segments = (match[1] ?? '').split('/').filter((segment) => segment !== '');
  const path = readPath(uri, segments);
  if (!path.ok) {
    return path;
  }
  const query = readQuery(uri, match[2] ?? '');
  if (!query.ok) {
    return query;
  }

  const pairs = [...path.value, ...query.value];
  for (const pair of pairs) {
    const definition = findAiDefinition(pair.ai);
    const validation = definition === undefined ? null : validateAiValue(definition, pair.value, options.today);
    if (validation !== null && !validation.ok) {
      return validation;
    }
  }
  return finishAiList(pairs, options);
}
