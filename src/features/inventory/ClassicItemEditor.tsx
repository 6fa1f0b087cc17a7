import { useCallback, useId, useState } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { AddToAmends } from './AddToAmends';
import { saveInventoryItem } from './classicInventoryRepo';
import { listCopy, NOT_YOUR_FAULT, TOUCHED } from './classicLists';
import { PauseNotice } from './PauseNotice';
import { SaveLine } from '../../ui/SaveLine';
import { MAX_FIELD_CHARS } from './validation';
import type { ClassicItem, InventoryList, Touched } from './types';

interface Draft {
  subject: string;
  story: string;
  shapes: string;
  touched: Touched[];
  touchedOther: string;
  myPart: string;
  doneToMe: boolean;
}

function draftOf(item: ClassicItem | undefined): Draft {
  return {
    subject: item?.subject ?? '',
    story: item?.story ?? '',
    shapes: item?.shapes ?? '',
    touched: item?.touched ?? [],
    touchedOther: item?.touchedOther ?? '',
    myPart: item?.myPart ?? '',
    doneToMe: item?.doneToMe ?? false,
  };
}

export function ClassicItemEditor({
  id,
  list,
  initial,
}: {
  id: string;
  list: InventoryList;
  initial: ClassicItem | undefined;
}) {
  const t = useT();
  const copy = listCopy(list);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const write = useCallback(
    (value: string, fit: Fit) => {
      const words = listCopy(list);
      // The boxes' names as the person sees them: a save that cuts a box names it.
      const fields = fit.fields(JSON.parse(value) as Draft, MAX_FIELD_CHARS, {
        subject: t(words.subject),
        story: t(words.story),
        shapes: t(words.shapes ?? msg('How it shapes what you do')),
        touchedOther: t('Something else it touched'),
        myPart: t(words.myPart ?? msg('Your part')),
      });
      return saveInventoryItem({ id, list, ...fields });
    },
    [id, list, t],
  );
  const { state, flush } = useEditorSave({
    value: JSON.stringify(draft),
    write,
    stored: initial,
    take: (stored) => {
      const incoming = draftOf(stored);
      setDraft(incoming);
      return JSON.stringify(incoming);
    },
  });
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const ids = { subject: useId(), story: useId(), shapes: useId(), other: useId(), part: useId() };
  const doneId = useId();

  return (
    <form
      autoComplete="off"
      className="classic-editor"
      onSubmit={(event) => event.preventDefault()}
    >
      <PauseNotice />
      <div className="field">
        <label htmlFor={ids.subject}>{t(copy.subject)}</label>
        <input
          id={ids.subject}
          className="input"
          value={draft.subject}
          onChange={(event) => update({ subject: event.target.value })}
          maxLength={MAX_FIELD_CHARS}
          autoComplete="off"
          dir="auto"
        />
        <LimitNote length={draft.subject.length} max={MAX_FIELD_CHARS} />
      </div>
      <div className="field">
        <label htmlFor={ids.story}>{t(copy.story)}</label>
        <textarea
          autoComplete="off"
          id={ids.story}
          className="textarea textarea--short"
          value={draft.story}
          onChange={(event) => update({ story: event.target.value })}
          maxLength={MAX_FIELD_CHARS}
          dir="auto"
        />
        <LimitNote length={draft.story.length} max={MAX_FIELD_CHARS} />
      </div>
      {copy.shapes && (
        <div className="field">
          <label htmlFor={ids.shapes}>{t(copy.shapes)}</label>
          <textarea
            autoComplete="off"
            id={ids.shapes}
            className="textarea textarea--short"
            value={draft.shapes}
            onChange={(event) => update({ shapes: event.target.value })}
            maxLength={MAX_FIELD_CHARS}
            dir="auto"
          />
          <LimitNote length={draft.shapes.length} max={MAX_FIELD_CHARS} />
        </div>
      )}
      {copy.touched && (
        <fieldset className="touched">
          <legend>{t('What it touched')}</legend>
          <ul className="plain-list">
            {TOUCHED.map((touch) => (
              <li key={touch.id} className="check-row">
                <input
                  autoComplete="off"
                  id={`${ids.other}-${touch.id}`}
                  type="checkbox"
                  checked={draft.touched.includes(touch.id)}
                  onChange={() =>
                    update({
                      touched: draft.touched.includes(touch.id)
                        ? draft.touched.filter((id) => id !== touch.id)
                        : [...draft.touched, touch.id],
                    })
                  }
                />
                <label htmlFor={`${ids.other}-${touch.id}`}>{t(touch.label)}</label>
              </li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor={ids.other}>{t('Something else it touched (optional)')}</label>
            <input
              id={ids.other}
              className="input"
              value={draft.touchedOther}
              onChange={(event) => update({ touchedOther: event.target.value })}
              maxLength={MAX_FIELD_CHARS}
              autoComplete="off"
              dir="auto"
            />
            <LimitNote length={draft.touchedOther.length} max={MAX_FIELD_CHARS} />
          </div>
        </fieldset>
      )}
      {/* On a fear the toggle means nothing, so it is not shown; a yes stored on one before stays
          as written (issue 12: a hidden toggle keeps what was written). */}
      {copy.doneToMe && (
        <div className="check-row done-to-me">
          <input
            autoComplete="off"
            id={doneId}
            type="checkbox"
            checked={draft.doneToMe}
            onChange={(event) => update({ doneToMe: event.target.checked })}
          />
          <label htmlFor={doneId}>{t('This was done to me')}</label>
        </div>
      )}
      {copy.doneToMe && draft.doneToMe ? (
        <p className="notice not-your-fault">{t(NOT_YOUR_FAULT)}</p>
      ) : (
        copy.myPart && (
          <div className="field">
            <label htmlFor={ids.part}>{t(copy.myPart)}</label>
            <textarea
              autoComplete="off"
              id={ids.part}
              className="textarea textarea--short"
              value={draft.myPart}
              onChange={(event) => update({ myPart: event.target.value })}
              maxLength={MAX_FIELD_CHARS}
              dir="auto"
            />
            <LimitNote length={draft.myPart.length} max={MAX_FIELD_CHARS} />
            <p className="muted">{t('Name it plainly, without punishing yourself.')}</p>
          </div>
        )
      )}
      <SaveLine state={state} />
      {list === 'harm' && <AddToAmends itemId={id} beforeAdd={flush} />}
    </form>
  );
}
