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

/** jsdom's own getComputedStyle, for what the quick one below leaves to it and for its test. */
export const jsdomComputedStyle: typeof window.getComputedStyle =
  (window.getComputedStyle as { [patched]?: typeof window.getComputedStyle })[patched] ??
  window.getComputedStyle.bind(window);

/** The properties read by role, label and visibility queries and by user-event's pointer check,
 * under both the names they are read by. */
const QUICK: Record<string, string> = {
  display: 'display',
  visibility: 'visibility',
  opacity: 'opacity',
  'pointer-events': 'pointer-events',
  pointerEvents: 'pointer-events',
};

interface Declared {
  selector: string;
  /** What the element each selector of the list is about must be or carry (a tag, or `[name` for
   * an attribute), found without matching; null when one says nothing that simple. */
  subjects: string[] | null;
  value: string;
  important: boolean;
  specificity: unknown;
}

/** The subject of each selector in a list: its last compound, cut at combinators and commas
 * outside brackets and parentheses, as a tag or an attribute it must have. */
function subjectsOf(selectorList: string): string[] | null {
  const subjects: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at <= selectorList.length; at += 1) {
    const char = selectorList[at] ?? ',';
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (depth === 0 && /[\s>+~]/.test(char)) start = at + 1;
    else if (depth === 0 && char === ',') {
      const found = /^([a-z][a-z0-9-]*)|^\[([a-z-]+)/i.exec(selectorList.slice(start, at).trim());
      if (!found) return null;
      subjects.push(found[1]?.toLowerCase() ?? `[${found[2]}`);
      start = at + 1;
    }
  }
  return subjects;
}

const mightMatch = (element: Element, subjects: string[] | null) =>
  !subjects ||
  subjects.some((subject) =>
    subject.startsWith('[')
      ? element.hasAttribute(subject.slice(1))
      : element.localName === subject,
  );

/**
 * jsdom answers getComputedStyle by matching every rule of its built-in stylesheet (111, some
 * slow to match) against the element, and for an inherited property against each ancestor too.
 * Role and label queries ask it of every element whose name they read, and user-event of every
 * ancestor of what it clicks: 16 % of the component tests' time. Each of the few properties they
 * read has a cascade of its own, from the rules that declare it (31 rules, most ruled out by
 * tag), so those are worked out here in jsdom's order, with its specificity, initial values and
 * inheritance. Another property, a pseudo-element, a page with a stylesheet of its own, an
 * element outside the page or a CSS-wide keyword asks jsdom.
 * tests/components/computedStyle.test.tsx holds the answers to jsdom's.
 */
function quickComputedStyle(): void {
  const original = window.getComputedStyle as typeof window.getComputedStyle & {
    [patched]?: typeof window.getComputedStyle;
  };
  if (original[patched]) return;
  const load = createRequire(createRequire(import.meta.url).resolve('jsdom'));
  const { readFileSync } = load('node:fs') as typeof import('node:fs');
  const Specificity = (
    load('@bramus/specificity') as {
      default: {
        calculate(selector: string): unknown[];
        max(...values: unknown[]): { value: unknown };
        compare(a: unknown, b: unknown): number;
      };
    }
  ).default;
  const definitions = load('./generated/css-property-definitions.js') as Map<
    string,
    { initial: string; inherited: string }
  >;
  const sheet = new window.CSSStyleSheet();
  sheet.replaceSync(readFileSync(load.resolve('./jsdom/browser/default-stylesheet.css'), 'utf8'));
  const declared = new Map<string, Declared[]>(Object.values(QUICK).map((name) => [name, []]));
  // Rules whose answer hangs on more than a selector (a media query): jsdom decides those.
  const asJsdom: { selector: string; subjects: string[] | null }[] = [];
  for (const rule of sheet.cssRules) {
    if (rule instanceof window.CSSStyleRule) {
      for (const [property, rules] of declared) {
        const value = rule.style.getPropertyValue(property);
        if (!value) continue;
        rules.push({
          selector: rule.selectorText,
          subjects: subjectsOf(rule.selectorText),
          value,
          important: rule.style.getPropertyPriority(property) === 'important',
          specificity: Specificity.max(...Specificity.calculate(rule.selectorText)).value,
        });
      }
    } else if (rule instanceof window.CSSGroupingRule) {
      for (const inner of rule.cssRules) {
        if (inner instanceof window.CSSStyleRule) {
          asJsdom.push({ selector: inner.selectorText, subjects: subjectsOf(inner.selectorText) });
        }
      }
    }
  }
  const keyword = /^(inherit|initial|unset|revert|revert-layer)$/i;

  /** The element's own value of the property from the cascade ('' when nothing declares it), as
   * jsdom's cascade gives it; undefined when jsdom must say. */
  function cascaded(element: Element, property: string): string | undefined {
    let value = '';
    let important = false;
    let specificity: unknown;
    for (const rule of declared.get(property) ?? []) {
      if (!mightMatch(element, rule.subjects) || !element.matches(rule.selector)) continue;
      if (rule.important) {
        value = rule.value;
        important = true;
      } else if (
        !important &&
        (specificity === undefined || Specificity.compare(rule.specificity, specificity) >= 0)
      ) {
        value = rule.value;
        specificity = rule.specificity;
      }
    }
    if (element.hasAttribute('style')) {
      const style = (element as HTMLElement).style;
      const inline = style.getPropertyValue(property);
      if (inline && (!important || style.getPropertyPriority(property))) value = inline;
    }
    return keyword.test(value) ? undefined : value;
  }

  function answer(element: Element, property: string): string | undefined {
    const definition = definitions.get(property);
    if (!definition) return undefined;
    const own = cascaded(element, property);
    if (own === undefined) return undefined;
    if (own !== '' || definition.inherited !== 'yes') return own || definition.initial;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const theirs = cascaded(parent, property);
      if (theirs !== '') return theirs;
    }
    return definition.initial;
  }

  const quick = function getComputedStyle(element: Element, pseudo?: string | null) {
    const covered =
      element instanceof window.Element &&
      !pseudo &&
      element.isConnected &&
      document.styleSheets.length === 0 &&
      !asJsdom.some((rule) => mightMatch(element, rule.subjects) && element.matches(rule.selector));
    if (!covered) return original.call(window, element, pseudo);
    let full: CSSStyleDeclaration | undefined;
    const jsdom = () => (full ??= original.call(window, element, pseudo));
    const read = (property: string) =>
      answer(element, property) ?? jsdom().getPropertyValue(property);
    const getPropertyValue = (name: string) =>
      QUICK[name] === name ? read(name) : jsdom().getPropertyValue(name);
    return new Proxy({} as CSSStyleDeclaration, {
      get(_, key) {
        const property = typeof key === 'string' ? QUICK[key] : undefined;
        if (property) return read(property);
        if (key === 'getPropertyValue') return getPropertyValue;
        const target = jsdom();
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  };
  window.getComputedStyle = Object.assign(quick, {
    [patched]: original,
  }) as typeof window.getComputedStyle;
}

quickComputedStyle();
