import { lazy, useState, type ComponentType } from 'react';

interface Warmable {
  /** Loaded, or tried once in the background and failed (it is loaded again when opened). */
  settled: boolean;
  preload: () => Promise<void>;
}

/** Every lazy screen in the order its module defined it: the order warmScreens.ts loads them. */
const screens: Warmable[] = [];

export function nextScreenToWarm(): Warmable | undefined {
  return screens.find((screen) => !screen.settled);
}

/** Code a screen on view asked for (not warming): warming waits for it, see warmScreens.ts. */
const onView = new Set<Promise<void>>();

/** Resolves once every screen the person is looking at has its code (or failed to get it). */
export async function screensOnViewLoaded(): Promise<void> {
  while (onView.size > 0) await Promise.allSettled([...onView]);
}

/** A lazy screen, and a way to start loading its code before it is drawn. */
export type LazyScreen<P extends object> = ComponentType<P> & { preload: () => void };

/**
 * A screen whose code loads on first use, like React's `lazy`, but that renders at once, without
 * suspending, when its code is already here. React holds back what a suspended boundary reveals
 * for about 300 ms so a fallback does not flicker; measured here, that wait was almost all of a
 * first visit to the trends screen (about 360 ms against 40 ms the second time), even with the
 * code loaded in advance.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyScreen<P> {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const warmable: Warmable = {
    settled: false,
    preload: () =>
      (pending ??= load().then(
        (module) => {
          Loaded = module.default;
          warmable.settled = true;
        },
        (error: unknown) => {
          // The next try loads it again: opening the screen, or "Try again" once the network is
          // back. React's `lazy` keeps a failure for good, so a fresh one takes its place.
          pending = undefined;
          warmable.settled = true;
          Lazy = makeLazy();
          throw error;
        },
      )),
  };
  // Loading for a screen that is (or is about to be) on view, as opposed to warming.
  const loadForView = () => {
    if (warmable.settled && Loaded) return Promise.resolve();
    const loading = warmable.preload();
    onView.add(loading);
    void loading.catch(() => undefined).finally(() => onView.delete(loading));
    return loading;
  };
  const makeLazy = () =>
    lazy(async () => {
      await loadForView();
      return { default: Loaded as ComponentType<P> };
    });
  let Lazy = makeLazy();
  function Screen(props: P) {
    // Decided once per mounted screen, so a screen shown through `Lazy` is never swapped for
    // `Loaded` later (a different component to React, which would throw away what was typed).
    const [Ready] = useState(() => Loaded);
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  screens.push(warmable);
  Screen.preload = () => void loadForView().catch(() => undefined);
  return Screen;
}
