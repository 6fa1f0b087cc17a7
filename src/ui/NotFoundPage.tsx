import { Link } from 'wouter';
import { useT } from '../core/i18n/language';
import { ROUTES } from '../core/routes';

export default function NotFoundPage() {
  const t = useT();
  return (
    <section>
      <h1>{t('Nothing here')}</h1>
      <p>{t('This page does not exist in Stepwork. Your journal is safe.')}</p>
      <Link href={ROUTES.today} className="button">
        {t('Go to Today')}
      </Link>
    </section>
  );
}
