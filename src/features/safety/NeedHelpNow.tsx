import { Suspense, type ReactNode } from 'react';
import { useT } from '../../core/i18n/language';
import { lazyScreen } from '../../core/lazyScreen';
import { SectionBoundary } from '../../ui/SectionBoundary';
import type { CrisisLines as Lines } from './CrisisLines';
import { COMMON_EMERGENCY } from './commonEmergency';
import { telHref } from './phoneLinks';
import './needHelpNow.css';

// The crisis lines and every country's emergency numbers (about 5 KB gzip with their code) are
// not on the first screen: they are the first code warmed once it is drawn (defined here, before
// any screen, so warmScreens.ts takes them first), and the service worker keeps them. Until they
// are here, or on a first visit that lost the network before they came, the most common
// emergency numbers stand in, each one tap from a call.
const CrisisLines = lazyScreen<Parameters<typeof Lines>[0]>(() =>
  import('./CrisisLines').then((module) => ({ default: module.CrisisLines })),
);

const EMERGENCY = Object.keys(COMMON_EMERGENCY);

function EmergencyNumbers() {
  const t = useT();
  return (
    <div className="card">
      <p>
        {t(
          'If you are in danger right now, call your local emergency number: 911 in the United States, Canada and Mexico, 112 in most of Europe, 999 in the United Kingdom, 000 in Australia.',
        )}
      </p>
      <p className="row">
        {EMERGENCY.map((number) => (
          <a key={number} className="button button--quiet" href={telHref(number)}>
            {t('Call {number}', { number })}
          </a>
        ))}
      </p>
    </div>
  );
}

/** The crisis lines behind one tap, for screens that stand in for the app (a crash, a journal
 * that will not open), where the Help now link cannot be reached. Reads nothing but the clear
 * country setting, and never waits for it or fails with it. */
export function NeedHelpNow({ open = false }: { open?: boolean }) {
  const t = useT();
  const fallback: ReactNode = <EmergencyNumbers />;
  return (
    <details className="need-help-now" open={open}>
      <summary>{t('Need help now?')}</summary>
      <SectionBoundary fallback={fallback}>
        <Suspense fallback={fallback}>
          <CrisisLines />
        </Suspense>
      </SectionBoundary>
    </details>
  );
}
