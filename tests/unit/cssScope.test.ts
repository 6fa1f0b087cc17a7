import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every feature's CSS is loaded on every screen once it has been visited, so two features that
// name a class alike style each other's screens (the past check-ins calendar was once laid out by
// the journal calendar's rules). The rule: a class belongs to one feature's CSS, or to the shared
// blocks in src/ui/base.css and src/app/shell.css, which any feature may use as context.

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Class names that appear in the selectors of a style sheet (not in its values or comments). */
function classesIn(css: string): Set<string> {
  const names = new Set<string>();
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/'[^']*'|"[^"]*"/g, '""');
  for (const [, selector = ''] of bare.matchAll(/([^{};]+)\{/g)) {
    if (selector.trim().startsWith('@')) continue;
    for (const [, name = ''] of selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) names.add(name);
  }
  return names;
}

const read = (path: string) => readFileSync(`${SRC}${path}`, 'utf8');

function featureSheets(): { feature: string; file: string; css: string }[] {
  return readdirSync(`${SRC}features`).flatMap((feature) =>
    readdirSync(`${SRC}features/${feature}`)
      .filter((file) => file.endsWith('.css'))
      .map((file) => ({ feature, file, css: read(`features/${feature}/${file}`) })),
  );
}

describe('feature CSS', () => {
  it('reads class names from selectors only', () => {
    const names = classesIn(`
      /* .in-a-comment */
      .a, .b:hover > .c-d__e--f { content: '.not-a-class'; width: 0.5rem; }
      @media (max-width: 20rem) { .g { margin: 0 } }`);
    expect([...names].sort()).toEqual(['a', 'b', 'c-d__e--f', 'g']);
  });

  it('has no class named in two features', () => {
    const shared = new Set([
      ...classesIn(read('ui/base.css')),
      ...classesIn(read('app/shell.css')),
    ]);
    const owners = new Map<string, Set<string>>();
    for (const { feature, css } of featureSheets()) {
      for (const name of classesIn(css)) {
        if (shared.has(name)) continue;
        const features = owners.get(name) ?? new Set<string>();
        features.add(feature);
        owners.set(name, features);
      }
    }
    const clashes = [...owners]
      .filter(([, features]) => features.size > 1)
      .map(([name, features]) => `.${name}: ${[...features].join(', ')}`);
    expect(clashes).toEqual([]);
    expect(owners.size, 'classes found in feature CSS').toBeGreaterThan(100);
  });
});
