import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import type { PlanSection } from './planDocument';
import { PlanLoadNotice, PlanToRead } from './PlanToRead';
import { usePlanDocument, type Watch } from './usePlanDocument';
import './safety.css';

/** A plan's reading screen (the safety plan, the staying-well plan): calm, one part at a time,
 * with changing it a tap away. */
export function PlanReaderScreen<K extends string>({
  title,
  watch,
  sections,
  editHref,
}: {
  title: string;
  watch: Watch<K>;
  sections: readonly PlanSection<K>[];
  editHref: string;
}) {
  const t = useT();
  const loaded = usePlanDocument(watch);
  return (
    <section className="plan-reader">
      <p>
        <Link href={ROUTES.help}>{t('Help now')}</Link>
      </p>
      <h1>{t(title)}</h1>
      <PlanLoadNotice loaded={loaded} />
      {loaded.status === 'ready' && <PlanToRead stored={loaded.stored} sections={sections} />}
      <p>
        <Link href={editHref} className="button button--quiet">
          {loaded.status === 'ready' && loaded.stored.updated === 0
            ? t('Write my plan')
            : t('Change my plan')}
        </Link>
      </p>
    </section>
  );
}
