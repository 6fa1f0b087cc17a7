import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { BreathingGuide } from './BreathingGuide';
import './safety.css';

export default function BreathingPage() {
  const t = useT();
  return (
    <section className="breathing">
      <p>
        <Link href={ROUTES.help}>{t('Help now')}</Link>
      </p>
      <h1>{t('Breathe slowly')}</h1>
      <BreathingGuide />
    </section>
  );
}
