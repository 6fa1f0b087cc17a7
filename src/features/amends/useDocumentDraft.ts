import { useCallback, useRef, useState } from 'react';
import { useAutosave } from '../../lib/useAutosave';
import { useWordsSavedElsewhere } from '../../lib/useWordsSavedElsewhere';
import { requestPersistenceOnce } from '../settings/persistence';
import type { StoredDocument } from './documentsRepo';

/**
 * The draft of a one-document worksheet (forgiving yourself, accountability): autosaved, and
 * following what another tab saves when nothing here is waiting.
 */
export function useDocumentDraft<T>(
  initial: StoredDocument<T> | undefined,
  empty: T,
  saveFields: (fields: T) => Promise<number | undefined>,
) {
  const [draft, setDraft] = useState<T>(() => initial?.fields ?? empty);
  const lastWritten = useRef<number | undefined>(initial?.updated);
  const save = useCallback(
    async (value: string) => {
      const updated = await saveFields(JSON.parse(value) as T);
      if (updated !== undefined) {
        lastWritten.current = updated;
        void requestPersistenceOnce();
      }
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
