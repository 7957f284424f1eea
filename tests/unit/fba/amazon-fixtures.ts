import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesFolder = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/fixtures/real/airbyte-amazon-seller-partner');

/** Path of one of the Amazon Seller Partner report fixtures; their rows only repeat the header. */
export function amazonFixture(name: string): string {
  return resolve(fixturesFolder, name);
}
