import { err, ok, type Result } from '../core/result';
import { settingsFileFormat, settingsFileSchema, settingsFileVersion, type StationSettings } from './station-settings-schema';

/** Largest settings file accepted on import, in characters; a real one is a few kilobytes. */
export const maxSettingsFileLength = 200_000;

export interface SettingsFileError {
  readonly code: 'settings-file-too-large' | 'settings-file-not-json' | 'settings-file-invalid';
  /** First problem found, for the operator: a JSON path and what is wrong there. */
  readonly detail: string;
}

/** Writes the settings as a JSON file that importSettingsFile reads back on another bench. */
export function exportSettingsFile(settings: StationSettings, now: Date = new Date()): string {
  const file = { format: settingsFileFormat, version: settingsFileVersion, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a settings file. Fails with 'settings-file-not-json' for text that is not JSON and with
 * 'settings-file-invalid' for a file of another format or version, or with an invalid setting.
 */
export function importSettingsFile(text: string): Result<StationSettings, SettingsFileError> {
  if (text.length > maxSettingsFileLength) {
    return err({ code: 'settings-file-too-large', detail: `${text.length} characters, at most ${maxSettingsFileLength}` });
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err({ code: 'settings-file-not-json', detail: (error as Error).message });
  }

  const parsed = settingsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue === undefined || issue.path.length === 0 ? '(file)' : issue.path.join('.');
    return err({ code: 'settings-file-invalid', detail: `${path}: ${issue?.message ?? 'invalid'}` });
  }
  return ok(parsed.data.settings);
}
