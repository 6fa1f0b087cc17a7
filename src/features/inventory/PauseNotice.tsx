import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { PACING, PAUSE_LABEL } from './copy';

/** The pacing line before heavy work, with a pause that opens grounding help. Leaving the screen
 * saves the draft (autosave flushes on route change), so the pause loses nothing. */
export function PauseNotice() {
  const t = useT();
  return (
    <div className="notice inventory-pause">
      <p>{t(PACING)}</p>
      <Link href={ROUTES.help} className="button button--quiet">
        {t(PAUSE_LABEL)}
      </Link>
    </div>
  );
}
