import { useEffect } from 'react';
import { useLocation, useParams } from 'wouter';
import { ROUTES } from '../../core/routes';
import { newId } from '../../lib/ids';

/** A new item gets its id before the first letter, so a reload finds it at the same address. */
export function NewItemRedirect() {
  const [, navigate] = useLocation();
  useEffect(() => {
    navigate(ROUTES.amendsItem(newId()), { replace: true });
  }, [navigate]);
  return null;
}

/** The same for a letter; `to` (an amends item id or `myself`) rides along in the address. */
export function NewLetterRedirect() {
  const [, navigate] = useLocation();
  const { to } = useParams<{ to?: string }>();
  useEffect(() => {
    const id = newId();
    navigate(to ? ROUTES.amendsLetterTo(id, to) : ROUTES.amendsLetter(id), { replace: true });
  }, [navigate, to]);
  return null;
}
