import { differenceInCalendarDays } from 'date-fns';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { useT } from '../../core/i18n/language';
import { useStepWordsSoon } from '../steps';
import { dayStart } from './dayInput';

/**
 * The step the person is working on, with one of its prompts. Loaded lazily by the Today screen:
 * the step content is large and the first screen stays small without it. The prompt changes
 * with the day, so each evening offers a different one. Some prompts are heavy: the prompt's words
 * show only when the person chose to see words on Today.
 */
export default function TodayStep({
  step,
  day,
  showPrompt,
}: {
  step: number;
  day: string;
  showPrompt: boolean;
}) {
  const t = useT();
  // The step's words in the person's language (suspends while they load; the card is in a
  // Suspense).
  const content = useStepWordsSoon().getStep(step);
  if (!content || content.prompts.length === 0) return null;
  const dayNumber = differenceInCalendarDays(dayStart(day), 0);
  const prompt = content.prompts[dayNumber % content.prompts.length];
  if (!prompt) return null;
  return (
    <section className="card" aria-labelledby="today-step">
      <h2 id="today-step">
        {t('You’re working on Step {number}: {title}', {
          number: content.number,
          title: content.title,
        })}
      </h2>
      {showPrompt ? (
        <p id="today-step-prompt" className="today-prompt">
          {prompt.text}
        </p>
      ) : (
        <p className="muted">{t('Today’s prompt is here when you want it.')}</p>
      )}
      <div className="row">
        {showPrompt ? (
          <Link
            href={ROUTES.newEntryFor(content.number, prompt.id)}
            className="button"
            aria-describedby="today-step-prompt"
          >
            {t('Write about this')}
          </Link>
        ) : (
          <Link href={ROUTES.newEntryFor(content.number, prompt.id)} className="button">
            {t('See today’s prompt')}
          </Link>
        )}
        <Link href={ROUTES.step(content.number)} className="button button--quiet">
          {t('Open Step {number}', { number: content.number })}
        </Link>
      </div>
    </section>
  );
}
