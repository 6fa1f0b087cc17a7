import { Link } from 'wouter';
import { msg, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { CareCommitments } from './CareCommitments';
import { SELF_EFFORT } from './copy';
import { GuidedParts, type GuidedPart } from './GuidedParts';
import { PauseLine } from './PauseLine';
import { saveSelfForgiveness, type SelfForgiveness } from './selfAmendsRepo';
import { useSelfForgiveness } from './useAmends';
import './amends.css';

const NO_WORDS: SelfForgiveness = { coped: '', forgive: '', need: '' };

const PARTS: readonly GuidedPart<SelfForgiveness>[] = [
  {
    id: 'coped',
    label: msg('How I coped, when I had nothing better'),
    hint: msg('The ways you got through. They made sense at the time.'),
  },
  {
    id: 'forgive',
    label: msg('What I forgive myself for'),
    hint: msg('Forgiving is not excusing harm. It is making room to heal.'),
  },
  {
    id: 'need',
    label: msg('What I need from myself now'),
    hint: msg('Rest, patience, help, a kinder voice inside…'),
  },
];

/** Amends to myself: forgiving how I coped, and commitments of care with a check-in log. */
export default function SelfAmendsPage() {
  const saved = useSelfForgiveness();
  const t = useT();
  return (
    <section className="amends">
      <Link href={ROUTES.amends} className="amends-back">
        {t('Back to amends')}
      </Link>
      <h1>{t('Amends to yourself')}</h1>
      <p>
        {t(
          'You are first on your list. Trauma and addiction often bring years of self-neglect and self-blame; you deserve repair too.',
        )}
      </p>
      <PauseLine />
      <h2>{t('Forgiving myself')}</h2>
      {saved === null ? (
        <p className="muted">{t('Opening…')}</p>
      ) : saved === 'unreadable' ? (
        <p className="notice">
          {t(
            'These words could not be opened. They are left exactly as they are, and nothing else is affected.',
          )}
        </p>
      ) : (
        <GuidedParts
          name="self"
          parts={PARTS}
          initial={saved}
          empty={NO_WORDS}
          save={saveSelfForgiveness}
          effort={SELF_EFFORT}
        />
      )}
      <h2 className="amends-block">{t('Commitments of care')}</h2>
      <CareCommitments />
    </section>
  );
}
