import { useT } from '../../core/i18n/language';
import { quickExit } from './quickExit';
import './quickExit.css';

/** One tap hides everything: on every screen, the unlock screen too. */
export function QuickExitButton() {
  const t = useT();
  return (
    <button type="button" className="quick-exit" onClick={() => void quickExit()}>
      {t('Quick exit')}
    </button>
  );
}
