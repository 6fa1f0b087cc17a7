import { useCallback, useRef, useState } from 'react';
import { fitToLimits } from '../../lib/limits';
import { useAutosave } from '../../core/useAutosave';
import { useWordsSavedElsewhere } from '../../lib/useWordsSavedElsewhere';
import { requestPersistenceOnce } from '../../core/persistence';
import type { StoredDocument } from './documentsRepo';
import { MAX_FIELD_CHARS } from './validation';

/**
 * The draft of a one-document worksheet (forgiving yourself, accountability): autosaved, and
 * following what another tab saves when nothing here is waiting.
 */
export function useDocumentDraft<T>(
  initial: StoredDocument<T> | undefined,
  empty: T,
  saveFields: (fields: T) => Promise<number | undefined>,
  /** Each box's label, to name one that is longer than it can keep. */
  labels: { [K in keyof T]?: string },
) {
  const labelsRef = useRef(labels);
  const [draft, setDraft] = useState<T>(() => initial?.fields ?? empty);
  const lastWritten = useRef<number | undefined>(initial?.updated);
  const save = useCallback(
    async (value: string) => {
      const fit = fitToLimits();
      const fields = fit.fields(
        JSON.parse(value) as T & object,
        MAX_FIELD_CHARS,
        labelsRef.current,
      );
      const updated = await saveFields(fields);
      if (updated !== undefined) {
        lastWritten.current = updated;
        void requestPersistenceOnce();
      }
      fit.check();
    },
    [saveFields],
  );
  const { state, accept, isDirty } = useAutosave({ value: JSON.stringify(draft), save });
  useWordsSavedElsewhere(initial, lastWritten, { accept, isDirty }, (stored) => {
    setDraft(stored.fields);
    return JSON.stringify(stored.fields);
  });
  return { draft, setDraft, state };
}
