import { quickExit } from './quickExit';
import './quickExit.css';

/** One tap hides everything: on every screen, the unlock screen too. */
export function QuickExitButton() {
  return (
    <button type="button" className="quick-exit" onClick={() => void quickExit()}>
      Quick exit
    </button>
  );
}
