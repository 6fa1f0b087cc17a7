import { useT } from '../../core/i18n/language';
import { number as count } from '../../lib/words';

interface Props {
  label: string;
  done: number;
  total: number;
}

/** Progress for a large journal, in numbers as well as a bar. `label` comes in the person's
 * language. */
export function ProgressLine({ label, done, total }: Props) {
  const t = useT();
  return (
    <div className="backup-progress" role="status">
      <label>
        {label}{' '}
        {total > 0 ? t('{done} of {total}', { done: count(done), total: count(total) }) : ''}
        <progress max={Math.max(total, 1)} value={done} />
      </label>
    </div>
  );
}
