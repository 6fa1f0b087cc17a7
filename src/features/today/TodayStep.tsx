import { differenceInCalendarDays } from 'date-fns';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { getStep } from '../steps';
import { dayStart } from './dayInput';

/**
 * The step the person is working on, with one of its prompts. Loaded lazily by the Today screen:
 * the step content is large and the first screen stays small without it. The prompt changes
 * with the day, so each evening offers a different one.
 */
export default function TodayStep({ step, day }: { step: number; day: string }) {
  const content = getStep(step);
  if (!content || content.prompts.length === 0) return null;
  const dayNumber = differenceInCalendarDays(dayStart(day), 0);
  const prompt = content.prompts[dayNumber % content.prompts.length];
  if (!prompt) return null;
  return (
    <section className="card" aria-labelledby="today-step">
      <h2 id="today-step">
        You're working on Step {content.number}: {content.title}
      </h2>
      <p id="today-step-prompt" className="today-prompt">
        {prompt.text}
      </p>
      <div className="row">
        <Link
          href={ROUTES.newEntryFor(content.number, prompt.id)}
          className="button"
          aria-describedby="today-step-prompt"
        >
          Write about this
        </Link>
        <Link href={ROUTES.step(content.number)} className="button button--quiet">
          Open Step {content.number}
        </Link>
      </div>
    </section>
  );
}
