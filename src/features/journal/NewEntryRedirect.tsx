import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { ROUTES } from '../../app/routes';
import { newId } from '../../lib/ids';

/** A new entry gets its id before the first letter, so a reload or a crash finds it again. */
export default function NewEntryRedirect() {
  const [, navigate] = useLocation();
  useEffect(() => {
    navigate(ROUTES.entry(newId()), { replace: true });
  }, [navigate]);
  return null;
}
