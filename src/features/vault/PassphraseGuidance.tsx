import { useEffect, useMemo, useState } from 'react';
import { t, useLanguage, useT, type Language } from '../../core/i18n/language';
import { number } from '../../lib/words';
import { MIN_PASSPHRASE_CHARS } from './passphrase';
import type { PassphraseAdvice } from './guidance/guidance';
import type { StrengthEstimate } from './guidance/strength';

const loading = new Map<Language, Promise<PassphraseAdvice>>();

/** The estimator and its word lists (about 45 KB gzip, and 4 KB more for Spanish) load once per
 * language, when a form that sets a passphrase is first shown in it; a failed load is tried again
 * next time. */
function loadGuidance(language: Language): Promise<PassphraseAdvice> {
  let advice = loading.get(language);
  if (!advice) {
    advice = (
      language === 'es'
        ? import('./guidance/spanish').then((module) => module.spanish)
        : import('./guidance/guidance').then((module) => module.english)
    ).catch((error: unknown) => {
      loading.delete(language);
      throw error;
    });
    loading.set(language, advice);
  }
  return advice;
}

function useGuidance(language: Language): PassphraseAdvice | 'loading' | 'failed' {
  const [guidance, setGuidance] = useState<{
    language: Language;
    advice: PassphraseAdvice | 'failed';
  } | null>(null);
  useEffect(() => {
    let live = true;
    loadGuidance(language).then(
      (advice) => live && setGuidance({ language, advice }),
      () => live && setGuidance({ language, advice: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [language]);
  // Until the new language's words arrive, the old language's are not shown as if they were.
  return guidance?.language === language ? guidance.advice : 'loading';
}

function describe(estimate: StrengthEstimate): string {
  if (estimate.level === 'weak') {
    return estimate.common
      ? t(
          'This one is easy to guess: many people use it. A few everyday words you will remember are stronger — would you like a suggestion?',
        )
      : t(
          'This one is easy to guess. A few everyday words you will remember are stronger — would you like a suggestion?',
        );
  }
  if (estimate.level === 'fair')
    return t('This one is fair. A word or two more would make it stronger.');
  return t('This one is strong: it would take a very long time to guess.');
}

interface Props {
  /** The new passphrase as typed so far. */
  passphrase: string;
  /** Puts a suggested passphrase into the form's new-passphrase fields. */
  onUse: (passphrase: string) => void;
  /** Id for the strength sentence, so the passphrase field can point to it. */
  strengthId: string;
}

/**
 * A strength estimate while a new passphrase is typed, and an offer of five random everyday
 * words. It only advises: any passphrase of the minimum length can still be chosen.
 */
export function PassphraseGuidance({ passphrase, onUse, strengthId }: Props) {
  const t = useT();
  const language = useLanguage();
  const guidance = useGuidance(language);
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const [suggestFailed, setSuggestFailed] = useState(false);
  const ready = typeof guidance === 'object' ? guidance : null;
  const longEnough = [...passphrase.normalize('NFC')].length >= MIN_PASSPHRASE_CHARS;
  const estimate = useMemo(
    () => (ready && longEnough ? ready.estimateStrength(passphrase) : null),
    [ready, longEnough, passphrase],
  );

  function suggest() {
    loadGuidance(language).then(
      (loaded) => {
        setSuggestFailed(false);
        setSuggestion(loaded.suggestPassphrase());
      },
      () => setSuggestFailed(true),
    );
  }

  return (
    <div className="guidance">
      <div className="strength" data-level={estimate?.level ?? 'none'}>
        {estimate && (
          <div className="strength__bar" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        )}
        <p id={strengthId} className="strength__text" aria-live="polite">
          {estimate ? describe(estimate) : ''}
        </p>
        {guidance === 'failed' && (
          <p className="muted">
            {t(
              'The strength check could not load just now. Any passphrase of {count} characters or more still works.',
              { count: MIN_PASSPHRASE_CHARS },
            )}
          </p>
        )}
      </div>
      <div className="suggestion">
        {suggestion === null ? (
          <button type="button" className="button button--quiet" onClick={suggest}>
            {t('Suggest a passphrase')}
          </button>
        ) : (
          <>
            <p>{t('Here are five everyday words, picked at random on this device:')}</p>
            <p className="suggestion__words" id={`${strengthId}-words`}>
              {suggestion}
            </p>
            <p className="muted">
              {ready
                ? t(
                    'Each word comes from a list of {size}, so together they give about {bits} bits of randomness: very hard to guess, and easier to remember than a jumble of signs.',
                    {
                      size: number(ready.words.length),
                      bits: ready.suggestionBits,
                    },
                  )
                : null}
            </p>
            <div className="suggestion__actions">
              <button
                type="button"
                className="button"
                aria-describedby={`${strengthId}-words`}
                onClick={() => onUse(suggestion)}
              >
                {t('Use this passphrase')}
              </button>
              <button type="button" className="button button--quiet" onClick={suggest}>
                {t('Suggest other words')}
              </button>
            </div>
            <p role="status" className="muted">
              {passphrase === suggestion
                ? t(
                    'These words are in both passphrase fields now. Say them to yourself a few times, or write them down somewhere safe: you will need them to open your journal.',
                  )
                : ''}
            </p>
          </>
        )}
        {suggestFailed && (
          <p role="alert" className="notice">
            {t('A suggestion could not load just now. Please try again in a moment.')}
          </p>
        )}
      </div>
    </div>
  );
}
