import { msg } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { PlanReaderScreen } from './PlanReaderScreen';
import { watchStayingWell } from './stayingWellRepo';
import { STAYING_WELL_SECTIONS } from './stayingWellSections';

/** The staying-well plan to read when an urge comes, or any day. */
export default function StayingWellReader() {
  return (
    <PlanReaderScreen
      title={msg('My staying-well plan')}
      watch={watchStayingWell}
      sections={STAYING_WELL_SECTIONS}
      editHref={ROUTES.stayingWellEdit}
    />
  );
}
