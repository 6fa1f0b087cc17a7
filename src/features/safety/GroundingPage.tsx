import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { GroundingGuide } from './GroundingGuide';
import './safety.css';

export default function GroundingPage() {
  const t = useT();
  return (
    <section className="grounding">
      <p>
        <Link href={ROUTES.help}>{t('Help now')}</Link>
      </p>
      <h1>{t('Ground yourself')}</h1>
      <GroundingGuide
        after={
          <Link href={ROUTES.help} className="button">
            {t('Back to Help now')}
          </Link>
        }
      />
    </section>
  );
}
