import { useCallback, useId, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { DeleteForGood } from '../../ui/DeleteForGood';
import { LimitNote } from '../../ui/LimitNote';
import { LETTER_EFFORT } from './copy';
import { LETTER_GUIDE } from './letterGuide';
import { deleteLetterToMyself, LETTER_PREFIX, saveLetterToMyself } from './letterToMyselfRepo';
import { PauseNotice } from './PauseNotice';
import { SaveLine } from '../../ui/SaveLine';
import type { LetterToMyself } from './types';
import { useLetterToMyself } from './useInventory';
import { MAX_FIELD_CHARS } from './validation';
import './inventory.css';

/** One letter at /inventory/letter/:uuid; its record id is `letter-to-myself:<uuid>`. */
export default function LetterPage({ uuid }: { uuid: string }) {
  const id = LETTER_PREFIX + uuid;
  const letter = useLetterToMyself(id);
  return (
    <section className="inventory">
      <Link href={ROUTES.inventoryLetters} className="back-link">
        Back to your letters
      </Link>
      <h1>A letter to yourself</h1>
      {letter === null ? (
        <p className="muted">Opening…</p>
      ) : letter?.unreadable ? (
        <p className="notice">
          This letter could not be opened. It is left exactly as it is, and nothing else is
          affected.
        </p>
      ) : (
        <>
          <LetterEditor key={id} id={id} initial={letter} />
          {letter?.body.trim() && (
            <Link href={ROUTES.readLetterToMyself(uuid)} className="button button--quiet">
              Read it aloud
            </Link>
          )}
        </>
      )}
      {letter && (
        <DeleteForGood
          label="Delete this letter"
          warning="This deletes the letter from this device for good."
          onDelete={() => deleteLetterToMyself(id)}
          then={{ goTo: ROUTES.inventoryLetters, say: 'The letter was deleted.' }}
        />
      )}
    </section>
  );
}

function LetterEditor({ id, initial }: { id: string; initial: LetterToMyself | undefined }) {
  const [body, setBody] = useState(initial?.body ?? '');
  const write = useCallback(
    (value: string, fit: Fit) =>
      saveLetterToMyself({ id, body: fit.text(value, MAX_FIELD_CHARS, 'Your letter') }),
    [id],
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
        {LETTER_GUIDE.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor={bodyId}>Your letter</label>
        <textarea
          autoComplete="off"
          id={bodyId}
          className="textarea"
          value={body}
          placeholder="Dear me,"
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
        <p className="inventory-effort">{LETTER_EFFORT}</p>
      )}
    </form>
  );
}
