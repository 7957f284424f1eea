// Generates main/gs1/ai-table.ts from the GS1 Barcode Syntax Dictionary and copies its licence
// beside it, so the app carries the table and never reads the dictionary at run time.
//
// Usage: node scripts/generate-gs1-ai-table.mjs [dictionary.txt [LICENSE]]
// Defaults read ../shared/reference/gs1/ beside the repository.

import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const referenceFolder = resolve(repositoryRoot, '..', 'shared', 'reference', 'gs1');
const dictionaryPath = process.argv[2] ?? join(referenceFolder, 'gs1-syntax-dictionary.txt');
const licensePath = process.argv[3] ?? join(referenceFolder, 'LICENSE');
const tablePath = join(repositoryRoot, 'main', 'gs1', 'ai-table.ts');
const licenseCopyPath = join(repositoryRoot, 'main', 'gs1', 'LICENSE-gs1-syntax-dictionary');

const componentPattern = /^(\[)?([NXYZ])(\d+)?(?:\.\.(\d+))?(\])?((?:,[a-z0-9]+)*)$/;

function fail(lineNumber, message) {
  throw new Error(`${dictionaryPath}:${lineNumber}: ${message}`);
}

function parseComponent(token, lineNumber) {
  const match = componentPattern.exec(token);
  if (match === null) {
    fail(lineNumber, `invalid component "${token}"`);
  }
  const [, openBracket, charset, fixedLength, maxLength, closeBracket, linterList] = match;
  if (Boolean(openBracket) !== Boolean(closeBracket)) {
    fail(lineNumber, `unbalanced brackets in component "${token}"`);
  }

  const isVariable = maxLength !== undefined;
  return {
    charset,
    minLength: isVariable ? 1 : Number(fixedLength),
    maxLength: isVariable ? Number(maxLength) : Number(fixedLength),
    optional: Boolean(openBracket),
    linters: linterList === '' ? [] : linterList.slice(1).split(','),
  };
}

function parseAttribute(token, entry, lineNumber) {
  const [key, value] = token.split('=', 2);
  switch (key) {
    case 'req':
      entry.requires.push(value.split(',').map((alternative) => alternative.split('+')));
      return;
    case 'ex':
      entry.excludes.push(...value.split(','));
      return;
    case 'dlpkey':
      entry.digitalLinkPrimaryKey = value === undefined ? [] : value.split('|').map((sequence) => sequence.split(','));
      return;
    default:
      fail(lineNumber, `unknown attribute "${token}"`);
  }
}

function parseLine(line, lineNumber) {
  const hashIndex = line.indexOf('#');
  const title = hashIndex === -1 ? '' : line.slice(hashIndex + 1).trim();
  const tokens = (hashIndex === -1 ? line : line.slice(0, hashIndex)).trim().split(/\s+/);

  const range = /^(\d{2,4})(?:-(\d{2,4}))?$/.exec(tokens.shift());
  if (range === null) {
    fail(lineNumber, 'the line does not start with an AI or an AI range');
  }

  // The flags token is the only one without letters or digits.
  const flags = tokens.length > 0 && /^[^A-Za-z0-9]+$/.test(tokens[0]) ? tokens.shift() : '';
  const entry = {
    firstAi: range[1],
    lastAi: range[2] ?? range[1],
    predefinedLength: flags.includes('*'),
    digitalLinkAttribute: flags.includes('?'),
    components: [],
    requires: [],
    excludes: [],
    digitalLinkPrimaryKey: null,
    title,
  };

  for (const token of tokens) {
    if (componentPattern.test(token) && !token.includes('=')) {
      entry.components.push(parseComponent(token, lineNumber));
    } else {
      parseAttribute(token, entry, lineNumber);
    }
  }
  if (entry.components.length === 0) {
    fail(lineNumber, 'the entry has no data components');
  }
  return entry;
}

function parseDictionary(text) {
  const entries = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) {
      return;
    }
    entries.push(parseLine(line, index + 1));
  });
  return entries;
}

const dictionaryText = readFileSync(dictionaryPath, 'utf8');
const release = /^# Release: (.+)$/m.exec(dictionaryText)?.[1] ?? 'unknown';
const entries = parseDictionary(dictionaryText);

const header = `// GENERATED FILE, do not edit. Regenerate with: node scripts/generate-gs1-ai-table.mjs
//
// Source: GS1 Barcode Syntax Dictionary, release ${release}
// (https://ref.gs1.org/tools/gs1-barcode-syntax-resource/).
// Copyright (c) 2020-2021 BWIPP project, (c) 2020-2021 Zint Project, (c) 2021-2025 GS1 AISBL.
// Licensed under the Apache License, Version 2.0; see LICENSE-gs1-syntax-dictionary beside this file.
// This file is a transformation of that dictionary: one entry per dictionary line.
`;

const body = entries.map((entry) => `  ${JSON.stringify(entry)},`).join('\n');
const source = `${header}
import type { AiTableEntry } from './ai-definition';

export const GS1_SYNTAX_DICTIONARY_RELEASE = ${JSON.stringify(release)};

export const AI_TABLE: ReadonlyArray<AiTableEntry> = [
${body}
];
`;

writeFileSync(tablePath, source);
copyFileSync(licensePath, licenseCopyPath);
console.log(`Wrote ${entries.length} entries (release ${release}) to ${tablePath}`);
