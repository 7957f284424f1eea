import type { TFunction } from 'i18next';

/** Formats an age in whole seconds as the largest fitting unit: minutes, hours or days. */
export function ageText(ageSeconds: number, t: TFunction): string {
  const minutes = Math.floor(ageSeconds / 60);
  if (minutes < 60) {
    return t('returns-desk:age.minutes', { count: minutes });
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return t('returns-desk:age.hours', { count: hours });
  }
  return t('returns-desk:age.days', { count: Math.floor(hours / 24) });
}
