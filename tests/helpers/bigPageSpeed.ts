import { configure, getConfig } from '@testing-library/react';
import { createRequire } from 'node:module';

// Two costs of testing in jsdom that grow with the page's size and say nothing about the app. On
// the emotion inventory (its feelings are 140 labels among 900 elements) they were most of the
// test's time.

const patched = Symbol.for('stepwork.bigPageSpeed');

/**
 * jsdom finds a `<label for>`'s control by walking the whole page instead of asking the
 * document's id index, and an input's `labels` asks that of every label on the page, so one
 * `getByLabelText` there visited some 16 million nodes. Here the same answer (the first element
 * in tree order with that id, if it can be labelled) comes from the document's id index.
 */
function labelControlById(): void {
  const label = document.createElement('label');
  const implKey = Object.getOwnPropertySymbols(label).find((key) => key.description === 'impl');
  const impl = implKey && (label as unknown as Record<symbol, object>)[implKey];
  const proto = impl && (Object.getPrototypeOf(impl) as Record<string | symbol, unknown>);
  const walk = proto && Object.getOwnPropertyDescriptor(proto, 'control')?.get;
  if (!proto || !walk) {
    throw new Error('jsdom changed: tests/helpers/bigPageSpeed.ts needs another look');
  }
  if (proto[patched]) return;
  proto[patched] = true;
  // jsdom's own test of what a label can point at, so only the search changes.
  const { isLabelable } = createRequire(import.meta.url)(
    'jsdom/lib/jsdom/living/helpers/form-controls.js',
  ) as { isLabelable: (node: unknown) => boolean };
  type Impl = {
    getAttributeNS(ns: null, name: string): string | null;
    getRootNode(options: object): { getElementById?: unknown; _byIdCache?: unknown };
  };
  Object.defineProperty(proto, 'control', {
    configurable: true,
    get(this: Impl) {
      const root = this.getRootNode({});
      const id = this.getAttributeNS(null, 'for');
      // Only a document keeps an id index; a label in a fragment or a detached tree walks.
      if (!id || !root._byIdCache || typeof root.getElementById !== 'function') {
        return walk.call(this) as unknown;
      }
      const target = (root.getElementById as (id: string) => unknown).call(root, id);
      return target && isLabelable(target) ? target : null;
    },
  });
}

labelControlById();

/**
 * A `findBy…` query asks again on every change to the page until it finds what it waits for,
 * and each miss printed the whole page into an error no one reads. A miss while still waiting
 * is now a short error; when the wait runs out, testing-library prints the page into the error
 * it reports, as before (its `waitFor` asks `getElementError` again then, with the page).
 */
function quietMissesWhileWaiting(): void {
  const config = getConfig() as ReturnType<typeof getConfig> & {
    _disableExpensiveErrorDiagnostics?: boolean;
  };
  const printPage = config.getElementError;
  if ((printPage as { [patched]?: boolean })[patched]) return;
  const getElementError = (message: string | null, container: Element) => {
    if (!(getConfig() as typeof config)._disableExpensiveErrorDiagnostics) {
      return printPage(message, container);
    }
    const error = new Error(message ?? '');
    error.name = 'TestingLibraryElementError';
    return error;
  };
  configure({ getElementError: Object.assign(getElementError, { [patched]: true }) });
}

quietMissesWhileWaiting();
