import { useT } from '../../core/i18n/language';
import { CheckboxSetting } from '../../ui/FormParts';
import { setTodayShowsWords, useTodayShowsWords } from './useHome';

/** The person's choice whether Today shows words: their last entry's first line, the step prompt. */
export function TodayWordsChoice() {
  const t = useT();
  return (
    <CheckboxSetting
      label={t('Show words on Today')}
      hint={t(
        'The first line of your last entry and the day’s step prompt. Off, Today says only “Continue your last entry”, so a glance at your phone shows nothing you wrote.',
      )}
      on={useTodayShowsWords()}
      onChange={(on) => void setTodayShowsWords(on)}
    />
  );
}
