import { useState, type FormEvent } from 'react';
import { InputError } from '../lib/errors';

/**
 * One small form's submit: blocks a second tap while saving, and says a refusal in the
 * repository's own words (an InputError) or, for anything else, the form's plain "not saved"
 * sentence — the typed words stay in the form either way. `save` does the follow-up (close the
 * form, clear a field) itself, after the write has landed.
 */
export function useFormSubmit(save: () => Promise<void>, notSaved: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      await save();
    } catch (failure) {
      if (!(failure instanceof InputError)) console.error(failure);
      setError(failure instanceof InputError ? failure.message : notSaved);
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!busy) void run();
  }

  return { busy, error, onSubmit };
}
