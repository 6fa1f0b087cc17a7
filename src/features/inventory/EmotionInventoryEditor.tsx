import { useCallback, useId, useMemo, useState } from 'react';
import { useT } from '../../core/i18n/language';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { BodyPlaces } from './BodyPlaces';
import { NeedChoices } from './NeedChoices';
import { ChosenFeelings } from './ChosenFeelings';
import { finishEmotionInventory, saveEmotionInventory } from './emotionInventoryRepo';
import { errorText } from './errorText';
import { FeelingPicker } from './FeelingPicker';
import { PauseNotice } from './PauseNotice';
import { SaveLine } from '../../ui/SaveLine';
import { MAX_FIELD_CHARS } from './validation';
import type { EmotionInventory, EmotionInventoryFields, OwnFeeling } from './types';
import { useOwnFeelings } from './useInventory';

const NO_WORDS: OwnFeeling[] = [];

function draftOf(inventory: EmotionInventory | undefined): EmotionInventoryFields {
  return {
    whatHappened: inventory?.whatHappened ?? '',
    feelings: inventory?.feelings ?? [],
    bodyPlaces: inventory?.bodyPlaces ?? [],
    thoughts: inventory?.thoughts ?? '',
    needs: inventory?.needs ?? '',
    chosenNeeds: inventory?.chosenNeeds ?? [],
    kindThing: inventory?.kindThing ?? '',
  };
}

export function EmotionInventoryEditor({
  id,
  initial,
}: {
  id: string;
  initial: EmotionInventory | undefined;
}) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [finishError, setFinishError] = useState<string | null>(null);
  const ownWords = useOwnFeelings() ?? NO_WORDS;
  const write = useCallback(
    (value: string, fit: Fit) => {
      const fields = fit.fields(JSON.parse(value) as EmotionInventoryFields, MAX_FIELD_CHARS, {
        whatHappened: t('What happened?'),
        thoughts: t('What thoughts came with it?'),
        needs: t('What did you need?'),
        kindThing: t('One kind thing you could do for yourself now'),
      });
      return saveEmotionInventory({ id, ...fields });
    },
    [id, t],
  );
  // Autosave compares snapshots as strings: the same choices mean nothing to save.
  const { state, flush, isDirty } = useEditorSave({
    value: JSON.stringify(draft),
    write,
    stored: initial,
    take: (stored) => {
      const incoming = draftOf(stored);
      setDraft(incoming);
      return JSON.stringify(incoming);
    },
  });

  const update = (patch: Partial<EmotionInventoryFields>) => {
    setFinishError(null);
    setDraft((current) => ({ ...current, ...patch }));
  };
  // Stable callbacks and a memoised set keep the long word list from re-rendering on every
  // keystroke in the boxes around it.
  const toggleFeeling = useCallback((feelingId: string, word?: string) => {
    setFinishError(null);
    setDraft((current) => ({
      ...current,
      feelings: current.feelings.some((f) => f.feelingId === feelingId)
        ? current.feelings.filter((f) => f.feelingId !== feelingId)
        : [
            ...current.feelings,
            // No strength until the person sets one: a guessed middle would be saved as theirs.
            word === undefined ? { feelingId } : { feelingId, word },
          ],
    }));
  }, []);
  const setIntensity = (feelingId: string, intensity: number) =>
    update({
      feelings: draft.feelings.map((f) => (f.feelingId === feelingId ? { ...f, intensity } : f)),
    });
  const toggleNeed = useCallback((need: string) => {
    setFinishError(null);
    setDraft((current) => ({
      ...current,
      chosenNeeds: current.chosenNeeds.includes(need)
        ? current.chosenNeeds.filter((n) => n !== need)
        : [...current.chosenNeeds, need],
    }));
  }, []);
  const togglePlace = useCallback((place: string) => {
    setFinishError(null);
    setDraft((current) => ({
      ...current,
      bodyPlaces: current.bodyPlaces.includes(place)
        ? current.bodyPlaces.filter((p) => p !== place)
        : [...current.bodyPlaces, place],
    }));
  }, []);

  const finish = async () => {
    await flush();
    if (isDirty()) {
      setFinishError(
        t(
          'Your latest changes are still on the screen but are not saved yet, so the inventory stays a draft for now. Try again in a moment.',
        ),
      );
      return;
    }
    try {
      await finishEmotionInventory(id);
    } catch (error) {
      setFinishError(errorText(error));
    }
  };

  const chosen = useMemo(() => new Set(draft.feelings.map((f) => f.feelingId)), [draft.feelings]);
  const ids = {
    happened: useId(),
    thoughts: useId(),
    needs: useId(),
    kind: useId(),
    finishError: useId(),
  };

  return (
    <form
      autoComplete="off"
      className="emotion-inventory"
      onSubmit={(event) => event.preventDefault()}
    >
      <PauseNotice />
      <div className="field">
        <label htmlFor={ids.happened}>{t('What happened? (optional)')}</label>
        <textarea
          autoComplete="off"
          id={ids.happened}
          className="textarea textarea--short"
          value={draft.whatHappened}
          onChange={(event) => update({ whatHappened: event.target.value })}
          maxLength={MAX_FIELD_CHARS}
          dir="auto"
        />
        <LimitNote length={draft.whatHappened.length} max={MAX_FIELD_CHARS} />
      </div>
      <FeelingPicker chosen={chosen} ownWords={ownWords} onToggle={toggleFeeling} />
      <section aria-labelledby={`${ids.happened}-chosen`} className="chosen-section">
        <h2 id={`${ids.happened}-chosen`}>{t('How strong each one is')}</h2>
        <p className="muted">{t('0 is barely there, 10 is as strong as it gets.')}</p>
        <ChosenFeelings
          feelings={draft.feelings}
          onIntensity={setIntensity}
          onRemove={(feelingId) => toggleFeeling(feelingId)}
        />
      </section>
      <BodyPlaces chosen={draft.bodyPlaces} onToggle={togglePlace} />
      <div className="field">
        <label htmlFor={ids.thoughts}>{t('What thoughts came with it?')}</label>
        <textarea
          autoComplete="off"
          id={ids.thoughts}
          className="textarea textarea--short"
          value={draft.thoughts}
          onChange={(event) => update({ thoughts: event.target.value })}
          maxLength={MAX_FIELD_CHARS}
          dir="auto"
        />
        <LimitNote length={draft.thoughts.length} max={MAX_FIELD_CHARS} />
      </div>
      <div className="field">
        <label htmlFor={ids.needs}>{t('What did you need?')}</label>
        <textarea
          autoComplete="off"
          id={ids.needs}
          className="textarea textarea--short"
          value={draft.needs}
          onChange={(event) => update({ needs: event.target.value })}
          maxLength={MAX_FIELD_CHARS}
          dir="auto"
        />
        <LimitNote length={draft.needs.length} max={MAX_FIELD_CHARS} />
      </div>
      <NeedChoices chosen={draft.chosenNeeds} onToggle={toggleNeed} />
      <div className="field">
        <label htmlFor={ids.kind}>{t('One kind thing you could do for yourself now')}</label>
        <textarea
          autoComplete="off"
          id={ids.kind}
          className="textarea textarea--short"
          value={draft.kindThing}
          onChange={(event) => update({ kindThing: event.target.value })}
          maxLength={MAX_FIELD_CHARS}
          dir="auto"
        />
        <LimitNote length={draft.kindThing.length} max={MAX_FIELD_CHARS} />
      </div>
      <SaveLine state={state} />
      {finishError && (
        <p id={ids.finishError} className="inventory-error" role="alert">
          {finishError}
        </p>
      )}
      <button type="button" className="button" onClick={() => void finish()}>
        {t('Finish this inventory')}
      </button>
      <p className="muted">
        {t('Not ready to finish? It is saved as a draft, and you can come back to it any time.')}
      </p>
    </form>
  );
}
