import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { PlanEditor } from './PlanEditor';
import { PlanLoadNotice } from './PlanToRead';
import { saveStayingWell, watchStayingWell } from './stayingWellRepo';
import { STAYING_WELL_SECTIONS } from './stayingWellSections';
import { usePlanDocument } from './usePlanDocument';
import './safety.css';

export default function StayingWellPage() {
  const t = useT();
  const loaded = usePlanDocument(watchStayingWell);
  return (
    <section className="safety-plan">
      <p className="row">
        <Link href={ROUTES.help}>{t('Help now')}</Link>
        <Link href={ROUTES.stayingWell}>{t('Read my plan')}</Link>
      </p>
      <h1>{t('Change my staying-well plan')}</h1>
      <p>
        {t(
          'A plan for staying well: what can stir things up, the early signs, what helps, and how you would like to treat yourself if you slip. Fill in as much or as little as you like; it saves as you write and is sealed like everything you write.',
        )}
      </p>
      <PlanLoadNotice loaded={loaded} />
      {loaded.status === 'ready' && (
        <PlanEditor
          stored={loaded.stored}
          sections={STAYING_WELL_SECTIONS}
          save={saveStayingWell}
        />
      )}
    </section>
  );
}
