import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { useStepWordsSoon } from '../steps';
import { withLink } from './withLink';

/** Keeps the prompt a person is answering in view above their words, in their language. */
export function PromptCard({ step, promptId }: { step: number; promptId: string | undefined }) {
  if (!step) return null;
  return <StepPrompt step={step} promptId={promptId} />;
}

// Apart from PromptCard, so an entry with no step never waits for a language's step words.
function StepPrompt({ step, promptId }: { step: number; promptId: string | undefined }) {
  const t = useT();
  const { getStep, findPrompt } = useStepWordsSoon();
  const content = getStep(step);
  const found = promptId ? findPrompt(promptId) : undefined;
  return (
    <div className="card prompt-card">
      <p className="muted prompt-card__step">
        <Link href={ROUTES.step(step)}>
          {content
            ? t('Step {step}: {title}', { step, title: content.title })
            : t('Step {step}', { step })}
        </Link>
      </p>
      {found && <p className="prompt-card__text">{found.prompt.text}</p>}
      <p className="muted">
        {withLink(
          t(
            'Skip anything that doesn’t fit. If this stirs up a lot, {link}; your words stay saved here.',
          ),
          <Link href={ROUTES.help}>{t('take a pause')}</Link>,
        )}
      </p>
    </div>
  );
}
