import { dirname } from 'node:path';
import { createTranslator } from '../core/translator';
import { findNewestGoodBackup, describeStoreSafetyProblem, type StoreSafetyError } from './startup-recovery';

/**
 * Explains a corrupt database or an unsafe data folder in English for a terminal: the browser
 * station's start-up and the command line print it and exit non-zero. For a corrupt database it
 * looks for the newest good backup and prints the `packtrace restore` command for it.
 */
export function describeStoreSafetyProblemForConsole(error: StoreSafetyError): string {
  const newestGood = error.code === 'store-corrupt' ? findNewestGoodBackup(dirname(error.file)) : null;
  const text = describeStoreSafetyProblem(error, newestGood, createTranslator('en'));
  return `${text.title}.\n\n${text.body}`;
}
