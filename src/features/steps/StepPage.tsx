import { format } from 'date-fns';
import { useCallback, useId, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { msg, t, useLanguage, useT } from '../../core/i18n/language';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { friendlyDay } from '../../lib/dates';
import { useEditorSave } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { SaveLine } from '../../ui/SaveLine';
import type { JournalEntry } from '../journal';
import { useEntriesForStep } from '../journal';
import type { ExerciseKind, StepContent, StepTool } from './content';
import { useStepWords } from './content/useStepContent';
import { ExerciseWorksheet } from './ExerciseWorksheet';
import { MAX_NOTE_CHARS, StepProgressInputError, type StepProgress } from './stepProgressRepo';
import { setNote, setStatus } from './stepProgressWrites';
import { STATUS_HINTS, STATUS_LABELS, STEP_STATUSES, type StepStatus } from './stepStatus';
import { useStepProgress } from './useSteps';
import './steps.css';

const KIND_LABELS: Record<ExerciseKind, string> = {
  reflection: msg('Reflection'),
  visualization: msg('Visualization'),
  letter: msg('Letter'),
  practice: msg('Practice'),
  plan: msg('Plan'),
};

/** A day as each language writes it: "1 December 2026", "1 de diciembre de 2026". */
const DAY_MONTH_YEAR = { en: 'd MMMM yyyy', es: "d 'de' MMMM 'de' yyyy" } as const;

export default function StepPage({ step }: { step: number }) {
  const content = useStepWords().getStep(step);
  return content ? <StepView content={content} /> : <NoSuchStep />;
}

function NoSuchStep() {
  const t = useT();
  return (
    <section>
      <h1>{t('There is no step here')}</h1>
      <p>
        {t(
          'The steps are numbered 1 to 12, and this address does not match one of them. Nothing you wrote is affected.',
        )}
      </p>
      <Link href={ROUTES.steps} className="button">
        {t('See all twelve steps')}
      </Link>
    </section>
  );
}

function StepView({ content }: { content: StepContent }) {
  const t = useT();
  const n = content.number;
  const { getStep, getWorksheet } = useStepWords();
  const previous = getStep(n - 1);
  const next = getStep(n + 1);
  return (
    <article className="step-page">
      <header className="step-page__head">
        <p className="muted step-page__number">
          {t('Step {number} of {total}', { number: n, total: 12 })}
        </p>
        <h1>{content.title}</h1>
        <p className="step-page__promise">{content.promise}</p>
      </header>

      <section aria-labelledby="step-about">
        <h2 id="step-about">{t('What this step is')}</h2>
        {content.explanation.whatItIs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <h3>{t('What it is not')}</h3>
        {content.explanation.whatItIsNot.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      {content.tool && <ToolNote tool={content.tool} />}

      <section aria-labelledby="step-exercises">
        <h2 id="step-exercises">{t('Exercises')}</h2>
        {content.heavy && content.pacing && (
          <div className="notice step-page__pacing">
            <p>{content.pacing}</p>
            <p>
              {t(
                'Grounding, breathing and people to call are in Help now, whenever you need them.',
              )}
            </p>
            <Link href={ROUTES.help} className="button button--quiet">
              {t('Take a pause with Help now')}
            </Link>
          </div>
        )}
        <ul className="plain-list">
          {content.exercises.map((exercise) => {
            const worksheet = getWorksheet(exercise.id);
            return (
              <li key={exercise.id} className="card exercise">
                <h3>{exercise.title}</h3>
                <p className="muted exercise__kind">{t(KIND_LABELS[exercise.kind])}</p>
                <ol className="exercise__steps">
                  {exercise.howTo.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ol>
                {worksheet && (
                  <ExerciseWorksheet
                    exerciseId={exercise.id}
                    title={exercise.title}
                    worksheet={worksheet}
                  />
                )}
              </li>
            );
          })}
        </ul>
        {content.heavy && (
          <p className="muted">
            {t('Looking at this takes courage. Whatever you managed today is enough for today.')}
          </p>
        )}
      </section>

      <section aria-labelledby="step-prompts">
        <h2 id="step-prompts">{t('Prompts to write with')}</h2>
        <p className="muted">{t('Pick any that speaks to you, and skip any that doesn’t.')}</p>
        <ul className="plain-list prompt-list">
          {content.prompts.map((prompt) => (
            <li key={prompt.id} className="card prompt-item">
              <p id={`prompt-${prompt.id}`}>{prompt.text}</p>
              <Link
                href={ROUTES.newEntryFor(n, prompt.id)}
                className="button button--quiet"
                aria-describedby={`prompt-${prompt.id}`}
              >
                {t('Write about this')}
              </Link>
            </li>
          ))}
        </ul>
        <Link href={ROUTES.newEntryFor(n)} className="button">
          {t('Write freely about this step')}
        </Link>
      </section>

      <StepEntries step={n} />
      <StepStatusControl step={n} />

      <nav className="step-page__nav" aria-label={t('Other steps')}>
        {previous && (
          <Link href={ROUTES.step(previous.number)} className="button button--quiet">
            ← {t('Step {number}: {title}', { number: previous.number, title: previous.title })}
          </Link>
        )}
        <Link href={ROUTES.steps} className="button button--quiet">
          {t('All steps')}
        </Link>
        {next && (
          <Link href={ROUTES.step(next.number)} className="button button--quiet">
            {t('Step {number}: {title}', { number: next.number, title: next.title })} →
          </Link>
        )}
      </nav>
    </article>
  );
}

/** Each tool's words are drawn through `t`. */
const TOOLS: Record<StepTool, { text: string; links: { href: string; label: string }[] }> = {
  inventory: {
    text: msg('The inventory tools hold this step’s work, at your own pace.'),
    links: [
      { href: ROUTES.inventory, label: msg('Take an emotion inventory') },
      { href: ROUTES.inventoryClassic, label: msg('Resentments, fears and harms') },
      { href: ROUTES.inventoryLetters, label: msg('A letter to myself') },
      { href: ROUTES.inventoryTrends, label: msg('See your feelings over time') },
    ],
  },
  amends: {
    text: msg(
      'Your amends list keeps whom you would like to make amends to, yourself first among them.',
    ),
    links: [{ href: ROUTES.amends, label: msg('Open your amends list') }],
  },
  letters: {
    text: msg(
      'Unsent letters are kept here and never sent. You decide whether to keep, seal or release them.',
    ),
    links: [
      { href: ROUTES.amendsLetters, label: msg('Your unsent letters') },
      { href: ROUTES.amendsMyself, label: msg('Amends to myself') },
    ],
  },
  checkin: {
    text: msg('A short daily check-in helps you keep growing, one day at a time.'),
    links: [{ href: ROUTES.checkin, label: msg('Today’s check-in') }],
  },
  reading: {
    text: msg(
      'The reading view shows the work you choose in large, calm type, one piece at a time, with nothing to edit. The screen stays on while you read.',
    ),
    links: [{ href: ROUTES.read, label: msg('Open the reading view') }],
  },
  connection: {
    text: msg(
      'Connection can be a slow breath, a quiet minute, or a room of people who understand. These are here whenever you want them.',
    ),
    links: [
      { href: ROUTES.breathing, label: msg('Breathe slowly') },
      { href: ROUTES.grounding, label: msg('Ground yourself') },
      { href: ROUTES.meetings, label: msg('Your meetings') },
    ],
  },
  service: {
    text: msg(
      'Service and sharing your story happen when and how you choose. These can help you carry both, and look after yourself as you do.',
    ),
    links: [
      { href: ROUTES.meetings, label: msg('Your meetings') },
      { href: ROUTES.stayingWell, label: msg('Your staying-well plan') },
      { href: ROUTES.newEntryFor(12), label: msg('Write your story in the journal') },
    ],
  },
};

function ToolNote({ tool }: { tool: StepTool }) {
  const t = useT();
  const { text, links } = TOOLS[tool];
  return (
    <div className="card step-page__tool">
      <p>{t(text)}</p>
      <ul className="plain-list row">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="button button--quiet">
              {t(link.label)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function StepEntries({ step }: { step: number }) {
  const t = useT();
  const entries = useEntriesForStep(step);
  return (
    <section aria-labelledby="step-entries">
      <h2 id="step-entries">{t('Your entries for this step')}</h2>
      {entries === undefined ? (
        <p className="muted" role="status">
          {t('Opening your entries…')}
        </p>
      ) : entries.length === 0 ? (
        <p className="muted">
          {t(
            'Nothing written here yet. When you’re ready, any prompt above is a place to start, and there is no wrong way to begin.',
          )}
        </p>
      ) : (
        <>
          <ul className="plain-list step-entries" aria-labelledby="step-entries">
            {entries.map((entry) => (
              <li key={entry.id}>
                <Link href={ROUTES.entry(entry.id)}>
                  <span className="step-entries__title">{entryName(entry)}</span>
                  <span className="muted">{friendlyDay(entry.created)}</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link href={ROUTES.readStep(step)} className="button button--quiet">
            {t('Read these aloud')}
          </Link>
        </>
      )}
    </section>
  );
}

function entryName(entry: JournalEntry): string {
  if (entry.unreadable) return t('This entry could not be opened');
  if (entry.title.trim()) return entry.title;
  const line = entry.body.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 80)}…` : line || t('Untitled entry');
}

function StepStatusControl({ step }: { step: number }) {
  const progress = useStepProgress(step);
  // The choice shows at once, until the live record catches up (or the write fails).
  const [pending, setPending] = useState<{ status: StepStatus; from: StepStatus } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const t = useT();
  const name = useId();
  const language = useLanguage();
  const locale = useDateFnsLocale();

  const stored: StepStatus = progress?.status ?? 'not-started';
  // Once the stored status moves on, the pending choice has done its job.
  if (pending && pending.from !== stored) setPending(undefined);
  const current: StepStatus = pending && pending.from === stored ? pending.status : stored;

  const choose = async (status: StepStatus) => {
    setPending({ status, from: stored });
    setError(undefined);
    try {
      await setStatus(step, status);
    } catch (cause) {
      setPending(undefined);
      setError(
        cause instanceof StepProgressInputError
          ? cause.message
          : t(
              'Your choice could not be saved just now. Everything you saved before is still here. Try again in a moment.',
            ),
      );
    }
  };

  const history = progress?.history ?? [];
  return (
    <section aria-labelledby="step-status">
      <h2 id="step-status">{t('Where you are with this step')}</h2>
      {progress === null ? (
        <p className="muted" role="status">
          {t('Opening…')}
        </p>
      ) : (
        <>
          <fieldset className="status-choice" aria-labelledby="step-status">
            {STEP_STATUSES.map((status) => {
              const hint = STATUS_HINTS[status];
              const id = `${name}-${status}`;
              return (
                <div key={status} className="status-choice__option">
                  <input
                    autoComplete="off"
                    type="radio"
                    id={id}
                    name={name}
                    value={status}
                    checked={current === status}
                    onChange={() => void choose(status)}
                    aria-describedby={hint ? `${id}-hint` : undefined}
                  />
                  <label htmlFor={id}>{t(STATUS_LABELS[status])}</label>
                  {hint && (
                    <span id={`${id}-hint`} className="muted status-choice__hint">
                      {t(hint)}
                    </span>
                  )}
                </div>
              );
            })}
          </fieldset>
          {error && (
            <p className="notice" role="alert">
              {error}
            </p>
          )}
          {progress?.unreadable ? (
            <p className="notice">
              {t(
                'The dates this step changed could not be opened. They are left exactly as they are, and the rest of your journal is not affected.',
              )}
            </p>
          ) : history.length > 0 ? (
            <>
              <h3 id="step-history">{t('When it changed')}</h3>
              <ol className="plain-list status-history" aria-labelledby="step-history">
                {history.map((change) => (
                  <li key={`${change.at}-${change.status}`}>
                    <span>{t(STATUS_LABELS[change.status])}</span>
                    <span className="visually-hidden">, </span>
                    <time className="muted" dateTime={new Date(change.at).toISOString()}>
                      {format(change.at, DAY_MONTH_YEAR[language], { locale })}
                    </time>
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p className="muted">
              {t(
                'Choose where you are whenever you like. The dates it changes are kept here for you.',
              )}
            </p>
          )}
          {!progress?.unreadable && <StepNote step={step} progress={progress} />}
        </>
      )}
    </section>
  );
}

/** The step's note saves as it is written, like every other editor: leaving by a link, a
 * reload or a closed tab loses nothing. */
function StepNote({ step, progress }: { step: number; progress: StepProgress | undefined }) {
  const [note, setNoteText] = useState(progress?.note ?? '');
  const write = useCallback((value: string) => setNote(step, value), [step]);
  const { state } = useEditorSave({
    value: note,
    write,
    stored: progress,
    take: (stored) => {
      const text = stored.note ?? '';
      setNoteText(text);
      return text;
    },
  });
  const id = useId();
  const t = useT();

  return (
    <form autoComplete="off" className="step-note" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={id}>{t('A note for yourself (optional)')}</label>
        <textarea
          autoComplete="off"
          id={id}
          className="input step-note__input"
          value={note}
          maxLength={MAX_NOTE_CHARS}
          rows={3}
          dir="auto"
          onChange={(event) => setNoteText(event.target.value)}
        />
        <LimitNote length={note.length} max={MAX_NOTE_CHARS} />
      </div>
      <SaveLine state={state} />
    </form>
  );
}
