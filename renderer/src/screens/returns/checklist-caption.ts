import type { TFunction } from 'i18next';
import type { ResponseOf } from '../../../../main/api/contract';

type ChecklistCaption = ResponseOf<'returns.gradingForm'>['questions'][number]['caption'];
type CaptionLanguage = 'en' | 'de' | 'pl' | 'fr';

/**
 * Returns a checklist caption in the station language: a standard question's translation key, or
 * a client's own text, which the client config must give in every supported language.
 */
export function checklistCaptionText(caption: ChecklistCaption, t: TFunction, language: string): string {
  if (caption.kind === 'message') {
    return t(caption.message.key, caption.message.params);
  }
  const code = language.slice(0, 2);
  const known: CaptionLanguage = code === 'de' || code === 'pl' || code === 'fr' ? code : 'en';
  return caption.text[known];
}
