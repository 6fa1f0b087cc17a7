import { useId, useState } from 'react';
import { useT } from '../core/i18n/language';

/**
 * The words of a record that was deleted for good elsewhere, offered to copy: they stay on the
 * screen, and a tap puts them on the clipboard (each box under its label) to keep somewhere
 * else. Where the browser will not copy, the words are shown selected, to copy by hand.
 */
export function CopyWords({
  words,
  latest,
}: {
  words: string;
  /** The words on screen now, when they may have moved on since `words` (useAutosave). */
  latest?: () => Promise<string>;
}) {
  const [copied, setCopied] = useState<'yes' | 'by-hand' | null>(null);
  const [shown, setShown] = useState(words);
  const id = useId();
  const t = useT();
  // Catches its own failure: the words are then shown to copy by hand.
  const copy = async () => {
    const text = (latest && (await latest().catch(() => ''))) || words;
    setShown(text);
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('by-hand');
    }
  };
  return (
    <div className="save-line__copy">
      <button type="button" className="button button--quiet" onClick={() => void copy()}>
        {t('Copy my words')}
      </button>
      <p className="muted" aria-live="polite">
        {copied === 'yes' && t('Copied. You can paste them wherever you would like to keep them.')}
        {copied === 'by-hand' && t('This browser did not let Stepwork copy them. They are below.')}
      </p>
      {copied === 'by-hand' && (
        <>
          <label htmlFor={id}>{t('Your words, to select and copy')}</label>
          <textarea
            id={id}
            className="textarea"
            readOnly
            autoComplete="off"
            value={shown}
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      )}
    </div>
  );
}
