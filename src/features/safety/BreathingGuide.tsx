import { useEffect, useState, useSyncExternalStore } from 'react';
import { msg, useT } from '../../core/i18n/language';
import './safety.css';

/** In for four, hold for four, out for six: a long out-breath calms the body. Each phase's
 * words are a whole sentence, so a language can put the count where it reads best. */
const BREATH_PHASES = [
  { name: 'in', words: msg('Breathe in for {seconds}.'), seconds: 4 },
  { name: 'hold', words: msg('Hold for {seconds}.'), seconds: 4 },
  { name: 'out', words: msg('Breathe out for {seconds}.'), seconds: 6 },
] as const;

const REDUCE = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(REDUCE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** When the browser cannot say, assume the person asked for less motion. */
function prefersReducedMotion(): boolean {
  return typeof matchMedia !== 'function' || matchMedia(REDUCE).matches;
}

function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => true);
}

function usePhase(running: boolean): { phase: number; breaths: number } {
  const [state, setState] = useState({ phase: 0, breaths: 0 });
  useEffect(() => {
    if (!running) return;
    const current = BREATH_PHASES[state.phase] ?? BREATH_PHASES[0];
    const timer = setTimeout(() => {
      setState((s) => {
        const next = (s.phase + 1) % BREATH_PHASES.length;
        return { phase: next, breaths: next === 0 ? s.breaths + 1 : s.breaths };
      });
    }, current.seconds * 1000);
    return () => clearTimeout(timer);
  }, [running, state]);
  return state;
}

/** The paced breathing itself, in words and (unless less motion was asked for) a circle. Reads
 * nothing of the journal, so it can be shown while the journal is locked. */
export function BreathingGuide() {
  const t = useT();
  const reduced = useReducedMotion();
  const [running, setRunning] = useState(false);
  const { phase, breaths } = usePhase(running);
  const current = BREATH_PHASES[phase] ?? BREATH_PHASES[0];

  return (
    <div className="breathing">
      <p>
        {t(
          'Breathe in through your nose for a count of four. Hold for four. Breathe out slowly through your mouth for six. Let your shoulders drop as you breathe out.',
        )}
      </p>
      {running && !reduced && (
        <div className="breathing__stage" aria-hidden="true">
          <div
            key={`${breaths}-${phase}`}
            className={`breathing__circle breathing__circle--${current.name}`}
            style={{ animationDuration: `${current.seconds}s` }}
          />
        </div>
      )}
      {running && (
        <p className="breathing__phase" aria-live="polite">
          {t(current.words, { seconds: current.seconds })}
        </p>
      )}
      {running && breaths > 0 && (
        <p className="muted">
          {breaths === 1 ? t('1 breath so far.') : t('{count} breaths so far.', { count: breaths })}
        </p>
      )}
      {reduced && !running && (
        <p className="muted">
          {t(
            'This is the text version, without movement. When you start, the words change as you breathe.',
          )}
        </p>
      )}
      <button type="button" className="button" onClick={() => setRunning(!running)}>
        {running ? t('Stop') : t('Start')}
      </button>
    </div>
  );
}
