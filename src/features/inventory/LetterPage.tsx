import { useCallback, useId, useState } from 'react';
import { Link } from 'wouter';
import { msg, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { DeleteForGood } from '../../ui/DeleteForGood';
import { LimitNote } from '../../ui/LimitNote';
import { LETTER_EFFORT } from './copy';
import { useLetterGuide } from './letterGuide';
import { deleteLetterToMyself, LETTER_PREFIX, saveLetterToMyself } from './letterToMyselfRepo';
import { PauseNotice } from './PauseNotice';
import { SaveLine } from '../../ui/SaveLine';
import type { LetterToMyself } from './types';
import { useLetterToMyself } from './useInventory';
import { MAX_FIELD_CHARS } from './validation';
import './inventory.css';

const YOUR_LETTER = msg('Your letter');

/** One letter at /inventory/letter/:uuid; its record id is `letter-to-myself:<uuid>`. */
export default function LetterPage({ uuid }: { uuid: string }) {
  const id = LETTER_PREFIX + uuid;
  const t = useT();
  const letter = useLetterToMyself(id);
  return (
    <section className="inventory">
      <Link href={ROUTES.inventoryLetters} className="back-link">
        {t('Back to your letters')}
      </Link>
      <h1>{t('A letter to yourself')}</h1>
      {letter === null ? (
        <p className="muted">{t('Opening…')}</p>
      ) : letter?.unreadable ? (
        <p className="notice">
          {t(
            'This letter could not be opened. It is left exactly as it is, and nothing else is affected.',
          )}
        </p>
      ) : (
        <>
          <LetterEditor key={id} id={id} initial={letter} />
          {letter?.body.trim() && (
            <Link href={ROUTES.readLetterToMyself(uuid)} className="button button--quiet">
              {t('Read it aloud')}
            </Link>
          )}
        </>
      )}
      {letter && (
        <DeleteForGood
          label={t('Delete this letter')}
          warning={t('This deletes the letter from this device for good.')}
          onDelete={() => deleteLetterToMyself(id)}
          then={{ goTo: ROUTES.inventoryLetters, say: t('The letter was deleted.') }}
        />
      )}
    </section>
  );
}

function LetterEditor({ id, initial }: { id: string; initial: LetterToMyself | undefined }) {
  const t = useT();
  const guide = useLetterGuide();
  const [body, setBody] = useState(initial?.body ?? '');
  const write = useCallback(
    (value: string, fit: Fit) =>
      saveLetterToMyself({ id, body: fit.text(value, MAX_FIELD_CHARS, t(YOUR_LETTER)) }),
    [id, t],
  );
  const { state } = useEditorSave({
    value: body,
    write,
    stored: initial,
    take: (stored) => {
      setBody(stored.body);
      return stored.body;
    },
  });
  const bodyId = useId();
  const guideId = useId();
  return (
    <form autoComplete="off" onSubmit={(event) => event.preventDefault()}>
      <PauseNotice />
      <ul id={guideId} className="letter-guide">
        {guide.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor={bodyId}>{t(YOUR_LETTER)}</label>
        <textarea
          autoComplete="off"
          id={bodyId}
          className="textarea"
          value={body}
          placeholder={t('Dear me,')}
          aria-describedby={guideId}
          onChange={(event) => setBody(event.target.value)}
          maxLength={MAX_FIELD_CHARS}
          dir="auto"
          spellCheck
        />
        <LimitNote length={body.length} max={MAX_FIELD_CHARS} />
      </div>
      <SaveLine state={state} />
      {(initial || state.status === 'saved') && body.trim() && (
        <p className="inventory-effort">{t(LETTER_EFFORT)}</p>
      )}
    </form>
  );
}
