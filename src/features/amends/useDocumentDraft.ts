import { useCallback, useRef, useState } from 'react';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
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
  const write = useCallback(
    (value: string, fit: Fit) =>
      saveFields(fit.fields(JSON.parse(value) as T & object, MAX_FIELD_CHARS, labelsRef.current)),
    [saveFields],
  );
  const { state } = useEditorSave({
    value: JSON.stringify(draft),
    write,
    stored: initial,
    take: (stored) => {
      setDraft(stored.fields);
      return JSON.stringify(stored.fields);
    },
  });
  return { draft, setDraft, state };
}
