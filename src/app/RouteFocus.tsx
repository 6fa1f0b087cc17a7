import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';

/** How long a screen may take to draw its heading (a lazy screen, a record opening). */
const WAIT_FOR_HEADING_MS = 3000;

/**
 * When the screen changes, focus goes to the new screen's heading and a polite live region says
 * where the person is: otherwise focus falls to the page body, a screen reader says nothing, and
 * the first control is many Tab presses away. Focus stays put when the person is still on a
 * control of the screen (choosing a range on the trends screen changes the address too), or when
 * the new screen has already focused something it was asked for (the words of a new entry).
 * Nothing moves on the first screen the app opens with.
 */
export function RouteFocus() {
  const [location] = useLocation();
  const [said, setSaid] = useState('');
  // The address focus last followed (a ref, not a flag: React runs effects twice in development).
  const followed = useRef(location);

  useEffect(() => {
    if (followed.current === location) return;
    followed.current = location;
    const main = document.getElementById('main');
    if (!main) return;
    // A control of this screen that kept focus through the change, or took it as it opened.
    const stayed = (el: Element | null) =>
      el instanceof HTMLElement && el !== main && main.contains(el);

    const settle = (): boolean => {
      // While a new screen loads, React keeps the old one in place, hidden: skip its heading.
      const heading = [...main.querySelectorAll('h1')].find(
        (h1) => !h1.closest('[hidden], [style*="display: none"]'),
      );
      if (!heading) return false;
      if (!stayed(document.activeElement)) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
      setSaid(heading.textContent?.trim() ?? '');
      return true;
    };

    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) stop();
    });
    const timer = window.setTimeout(() => {
      stop();
      if (!stayed(document.activeElement)) main.focus({ preventScroll: true });
    }, WAIT_FOR_HEADING_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [location]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {said}
    </p>
  );
}
