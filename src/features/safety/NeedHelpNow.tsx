import { CrisisLines } from './CrisisLines';
import './needHelpNow.css';

/** The crisis lines behind one tap, for screens that stand in for the app (a crash, a journal
 * that will not open), where the Help now link cannot be reached. Reads nothing but the clear
 * country setting, and never waits for it or fails with it. */
export function NeedHelpNow({ open = false }: { open?: boolean }) {
  return (
    <details className="need-help-now" open={open}>
      <summary>Need help now?</summary>
      <CrisisLines />
    </details>
  );
}
