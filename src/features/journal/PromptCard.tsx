import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { findPrompt, getStep } from '../steps';

/** Keeps the prompt a person is answering in view above their words. */
export function PromptCard({ step, promptId }: { step: number; promptId: string | undefined }) {
  if (!step) return null;
  const content = getStep(step);
  const found = promptId ? findPrompt(promptId) : undefined;
  return (
    <div className="card prompt-card">
      <p className="muted prompt-card__step">
        <Link href={ROUTES.step(step)}>
          Step {step}
          {content ? `: ${content.title}` : ''}
        </Link>
      </p>
      {found && <p className="prompt-card__text">{found.prompt.text}</p>}
      <p className="muted">
        Skip anything that doesn’t fit. If this stirs up a lot,{' '}
        <Link href={ROUTES.help}>take a pause</Link>; your words stay saved here.
      </p>
    </div>
  );
}
