import { useT } from '../../core/i18n/language';
import { CheckboxSetting } from '../../ui/FormParts';
import { setOnThisDay } from './onThisDayRepo';
import { useOnThisDayOn } from './useOnThisDay';

/** The person's choice whether Today offers the entries written on this day a year ago. */
export function OnThisDayChoice() {
  const t = useT();
  return (
    <CheckboxSetting
      label={t('Offer “On this day” on Today')}
      hint={t(
        'When you wrote on this day a year ago, Today links to it. Off unless you turn it on. Its title shows only when “Show words on Today” is on as well.',
      )}
      on={useOnThisDayOn()}
      onChange={(on) => void setOnThisDay(on)}
    />
  );
}
