import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { saveHarmCheck } from './amendsRepo';
import { HARM_CHECK_EFFORT, HARM_CHECK_THANKS, NEVER_SENT } from './copy';
import { errorText } from './errorText';
import {
  AMENDS_KINDS,
  directWithRisk,
  HARM_ANSWERS,
  HARM_QUESTIONS,
  kindLabel,
  suggestAmends,
} from './harmCheck';
import { PauseLine } from './PauseLine';
import type { AmendsItem, AmendsKind, HarmAnswer, HarmAnswers } from './types';
import { useAmendsItem } from './useAmends';
import './amends.css';

/** The harm check before any direct amends: gentle questions, a suggestion with its reasons,
 * and the person's own choice. */
export default function HarmCheckPage({ id }: { id: string }) {
  const item = useAmendsItem(id);
  const t = useT();
  return (
    <section className="amends">
      <Link href={ROUTES.amendsItem(id)} className="amends-back">
        {t('Back to this item')}
      </Link>
      <h1>{t('Is it safe to reach out?')}</h1>
      {item === null ? (
        <p className="muted">{t('Opening…')}</p>
      ) : !item || item.unreadable ? (
        <p className="notice">
          {t('This item is not on your list, so there is nothing to check here.')}{' '}
          <Link href={ROUTES.amends} className="amends-inline-link">
            {t('Back to amends')}
          </Link>
        </p>
      ) : (
        <HarmCheck key={id} item={item} />
      )}
    </section>
  );
}

function HarmCheck({ item }: { item: AmendsItem }) {
  const t = useT();
  const [answers, setAnswers] = useState<HarmAnswers>(item.harmCheck ?? {});
  const [kind, setKind] = useState<AmendsKind | undefined>(item.kind);
  const [kept, setKept] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kindName = useId();
  const suggestion = suggestAmends(answers);
  const riskNote = directWithRisk(kind, answers);
  // One whole sentence for the translator; the name, in the person's own words, goes in bold.
  const [before, after] = t(
    'These questions about {name} help you choose a kind of amends that does no harm. There are no wrong answers, and you can skip any of them.',
  ).split('{name}');

  const keep = async () => {
    setError(null);
    try {
      await saveHarmCheck(item.id, answers, kind);
      setKept(true);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <form
      autoComplete="off"
      onSubmit={(event) => {
        event.preventDefault();
        void keep();
      }}
    >
      <PauseLine />
      {item.myself ? (
        <p>
          {t(
            'These questions about yourself help you choose a kind of amends that does no harm. There are no wrong answers, and you can skip any of them.',
          )}
        </p>
      ) : (
        <p>
          {before}
          <strong className="amends-words">{item.person}</strong>
          {after}
        </p>
      )}
      <p className="muted">{t(NEVER_SENT)}</p>
      {HARM_QUESTIONS.map((question) => (
        <fieldset key={question.id}>
          <legend>{t(question.text)}</legend>
          <div className="choices">
            {HARM_ANSWERS.map((answer) => (
              <label key={answer.id} className="choice">
                <input
                  autoComplete="off"
                  type="radio"
                  name={`${kindName}-${question.id}`}
                  checked={answers[question.id] === answer.id}
                  onChange={() => {
                    setKept(false);
                    setAnswers((current) => ({
                      ...current,
                      [question.id]: answer.id as HarmAnswer,
                    }));
                  }}
                />
                {t(answer.label)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}

      <div className="amends-suggestion" role="status" aria-live="polite">
        {suggestion ? (
          <>
            <p>
              <strong>{t('A suggestion: {kind}.', { kind: kindLabel(suggestion.kind) })}</strong>
            </p>
            <ul>
              {suggestion.reasons.map((reason) => (
                <li key={reason}>{t(reason)}</li>
              ))}
            </ul>
            <p className="muted">{t('This is only a suggestion. You decide.')}</p>
          </>
        ) : (
          <p className="muted">{t('Answer what you can; a suggestion appears here.')}</p>
        )}
      </div>

      <fieldset>
        <legend>{t('Which kind of amends feels right to you?')}</legend>
        <div className="amends-kinds">
          {AMENDS_KINDS.map((option) => (
            <label key={option.id} className="choice choice--wide">
              <input
                autoComplete="off"
                type="radio"
                name={kindName}
                checked={kind === option.id}
                onChange={() => {
                  setKept(false);
                  setKind(option.id);
                }}
              />
              <span>
                {suggestion?.kind === option.id
                  ? t('{kind} (suggested)', { kind: t(option.label) })
                  : t(option.label)}
                <span className="amends-meaning muted">{t(option.meaning)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* Said where the choice is made, politely, and never in the way of making it. */}
      <div role="status" aria-live="polite">
        {riskNote && !kept && <p className="amends-risk">{riskNote}</p>}
      </div>
      <button type="submit" className="button">
        {t('Keep my answers')}
      </button>
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
      {kept && (
        <div className="amends-effort" role="status">
          {riskNote ? (
            <>
              <p>{t(HARM_CHECK_THANKS)}</p>
              <p>{riskNote}</p>
            </>
          ) : (
            <p>{t(HARM_CHECK_EFFORT)}</p>
          )}
          <div className="row">
            {riskNote && (
              <Link href={ROUTES.people} className="button">
                {t('Your trusted people')}
              </Link>
            )}
            {kind === 'letter' && (
              <Link href={ROUTES.amendsNewLetterTo(item.id)} className="button">
                {item.myself
                  ? t('Write an unsent letter to yourself')
                  : t('Write an unsent letter to {name}', { name: item.person })}
              </Link>
            )}
            <Link href={ROUTES.amendsItem(item.id)} className="button button--quiet">
              {t('Back to this item')}
            </Link>
          </div>
        </div>
      )}
    </form>
  );
}
