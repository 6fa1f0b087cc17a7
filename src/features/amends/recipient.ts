import { t } from '../../core/i18n/language';
import type { LetterFields } from './types';

/** "To myself", "To Sam", or, while nobody is named, "To someone not named yet". */
export function recipientLine(letter: Pick<LetterFields, 'recipient' | 'toMyself'>): string {
  if (letter.toMyself) return t('To myself');
  const name = letter.recipient.trim();
  return name ? t('To {name}', { name }) : t('To someone not named yet');
}
