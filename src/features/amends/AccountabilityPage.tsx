import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import {
  ACCOUNTABILITY_PARTS,
  saveAccountability,
  type Accountability,
} from './accountabilityRepo';
import { WORKSHEET_EFFORT } from './copy';
import { GuidedParts } from './GuidedParts';
import { PauseLine } from './PauseLine';
import { useAccountability } from './useAmends';
import './amends.css';

const EMPTY: Accountability = { values: '', boundaries: '', keeping: '', repair: '' };

/** The accountability-in-relationships worksheet: one sealed document, saved as you write. */
export default function AccountabilityPage() {
  const saved = useAccountability();
  const t = useT();
  return (
    <section className="amends">
      <Link href={ROUTES.amends} className="amends-back">
        {t('Back to amends')}
      </Link>
      <h1>{t('Accountability in relationships')}</h1>
      <p>
        {t(
          'Making amends includes how you show up from now on. This worksheet is for you alone; each part is optional.',
        )}
      </p>
      <PauseLine />
      {saved === null ? (
        <p className="muted">{t('Opening…')}</p>
      ) : saved === 'unreadable' ? (
        <p className="notice">
          {t(
            'This worksheet could not be opened. It is left exactly as it is, and nothing else is affected.',
          )}
        </p>
      ) : (
        <GuidedParts
          name="accountability"
          parts={ACCOUNTABILITY_PARTS}
          initial={saved}
          empty={EMPTY}
          save={saveAccountability}
          effort={WORKSHEET_EFFORT}
        />
      )}
    </section>
  );
}
