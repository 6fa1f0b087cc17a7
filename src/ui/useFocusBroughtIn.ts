import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * For a list that grows on request ("Show all", "Show more"). The button pressed is often gone
 * once the list has grown, and focus must not fall to the page's body, where a keyboard starts
 * again from the top and a screen reader says nothing useful. Call the returned function as the
 * button is pressed: once the list shows more items than it did, the first control in the first
 * item brought in takes focus, in the same commit (before the screen is drawn), however late
 * the items arrive.
 */
export function useFocusBroughtIn(list: RefObject<HTMLElement | null>, shown: number): () => void {
  const from = useRef<number | null>(null);
  useLayoutEffect(() => {
    const start = from.current;
    if (start === null || shown <= start) return;
    from.current = null;
    const item = list.current?.children[start];
    item?.querySelector<HTMLElement>('a[href], button, input, select, textarea')?.focus();
  }, [list, shown]);
  return () => {
    from.current = shown;
  };
}
