import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { CLASSIC_LISTS } from './classicLists';
import { PauseNotice } from './PauseNotice';
import './inventory.css';

/** The three classic lists, each with its own page. */
export default function ClassicIndexPage() {
  const t = useT();
  return (
    <section className="inventory">
      <Link href={ROUTES.inventory} className="back-link">
        {t('Back to inventory')}
      </Link>
      <h1>{t('Resentments, fears and harms')}</h1>
      <p>
        {t(
          'Some rows are about things you did. Others are about things that were done to you: mark those “this was done to me”, and there is no part of yours to name.',
        )}
      </p>
      <PauseNotice />
      <ul className="plain-list link-list">
        {CLASSIC_LISTS.map((copy) => (
          <li key={copy.list}>
            <Link href={ROUTES.inventoryClassicList(copy.list)} className="link-list__link">
              {t(copy.title)}
            </Link>
            <p className="muted">{t(copy.intro)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
