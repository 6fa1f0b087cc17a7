import { useT } from '../../core/i18n/language';
import { CrisisLines } from './CrisisLines';
import './needHelpNow.css';

/** The crisis lines behind one tap, for screens that stand in for the app (a crash, a journal
 * that will not open), where the Help now link cannot be reached. Reads nothing but the clear
 * country setting, and never waits for it or fails with it. */
export function NeedHelpNow({ open = false }: { open?: boolean }) {
  const t = useT();
  return (
    <details className="need-help-now" open={open}>
      <summary>{t('Need help now?')}</summary>
      <CrisisLines />
    </details>
  );
}
