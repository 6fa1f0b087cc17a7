import { useState, type FormEvent } from 'react';
import { t } from '../core/i18n/language';
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
      // A repository's reason is English kept as data (msg), or already in the person's words.
      setError(failure instanceof InputError ? t(failure.message) : notSaved);
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
