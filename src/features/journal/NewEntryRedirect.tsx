import { useEffect } from 'react';
import { useLocation, useParams } from 'wouter';
import { ROUTES } from '../../core/routes';
import { newId } from '../../lib/ids';
import { useNewEntryContexts } from './newEntryStore';

/** A new entry gets its id before the first letter, so a reload or a crash finds it again. */
export default function NewEntryRedirect() {
  const [, navigate] = useLocation();
  const params = useParams<{ step?: string; promptId?: string }>();
  const remember = useNewEntryContexts((state) => state.remember);
  const ask = useNewEntryContexts((state) => state.ask);
  useEffect(() => {
    const id = newId();
    ask(id);
    const step = Number(params.step);
    if (Number.isInteger(step) && step >= 1 && step <= 12) {
      remember(id, params.promptId ? { step, promptId: params.promptId } : { step });
    }
    navigate(ROUTES.entry(id), { replace: true });
  }, [navigate, params.step, params.promptId, remember, ask]);
  return null;
}
