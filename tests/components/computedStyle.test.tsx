import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsdomComputedStyle } from '../helpers/bigPageSpeed';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

// tests/helpers/bigPageSpeed.ts answers the few style properties that queries and user-event read
// without jsdom's whole cascade; here its answers are held to jsdom's, element by element.

const read = (style: CSSStyleDeclaration) => ({
  display: style.display,
  visibility: style.getPropertyValue('visibility'),
  opacity: style.opacity,
  pointerEvents: style.pointerEvents,
  pointerEventsByName: style.getPropertyValue('pointer-events'),
});
const shown = (element: Element) => read(window.getComputedStyle(element));
const jsdoms = (element: Element) => read(jsdomComputedStyle(element));

function differences(root: Element) {
  return [root, ...root.querySelectorAll('*')]
    .map((element) => ({
      element: element.outerHTML.slice(0, 80),
      quick: shown(element),
      jsdom: jsdoms(element),
    }))
    .filter(({ quick, jsdom }) => JSON.stringify(quick) !== JSON.stringify(jsdom));
}

describe('the component tests’ quick computed style', () => {
  beforeEach(resetApp);

  it('answers as jsdom does for elements hidden and shown every way the built-in styles know', () => {
    document.body.innerHTML = `
      <main>
        <p hidden>hidden</p><p hidden="until-found">until found</p><embed hidden>
        <dialog>closed</dialog><dialog open>open</dialog><div popover>popover</div>
        <input type="hidden" style="display: block">
        <input type="hidden" style="display: flex !important"><input type="text"><button>b</button>
        <template><p>t</p></template><details><summary>s</summary><p>in</p></details>
        <ul><li>one</li></ul><ol><li><ul><li>nested</li></ul></li></ol>
        <table><caption>c</caption><colgroup hidden><col></colgroup><thead><tr><th>h</th></tr></thead>
          <tbody hidden><tr hidden><td>d</td></tr></tbody></table>
        <section style="visibility: hidden"><div><span>inherited</span></div>
          <div style="visibility: visible"><span>shown again</span></div></section>
        <div style="display: none"><span>inside</span></div><span style="display: flex">flex</span>
        <div style="pointer-events: none; opacity: 0.5"><p><button>no pointer</button></p></div>
        <div style="visibility: hidden"><p style="visibility: inherit"><b>inherits</b></p></div>
        <p style="opacity: 0">clear</p>
        <div hidden style="display: block">hidden, yet shown</div>
        <h1>heading</h1><label>l <select><option>o</option></select></label><textarea></textarea>
        <ruby>r<rt>t</rt></ruby><slot></slot><fieldset><legend>l</legend></fieldset>
      </main>`;
    const main = document.querySelector('main')!;
    expect(main.querySelectorAll('*').length).toBeGreaterThan(40);
    expect(differences(main)).toEqual([]);
    // What the quick answers say, so a change that broke both sides alike would show here.
    expect(shown(main.querySelector('p[hidden]')!).display).toBe('none');
    expect(shown(main.querySelector('dialog:not([open])')!).display).toBe('none');
    expect(shown(main.querySelector('input[type=hidden]')!).display).toBe('none');
    expect(shown(main.querySelector('div[hidden][style]')!).display).toBe('block');
    expect(shown(main.querySelector('input[style*=important]')!).display).toBe('flex');
    expect(shown(main.querySelector('section span')!).visibility).toBe('hidden');
    expect(shown(main.querySelector('section div[style] span')!).visibility).toBe('visible');
    expect(shown(main.querySelector('button')!).display).toBe('inline-block');
    expect(shown(main.querySelector('span[style]')!).display).toBe('flex');
    expect(shown(main.querySelector('label')!).display).toBe('inline');
    expect(shown(main.querySelector('div[style*=pointer] button')!).pointerEvents).toBe('none');
    expect(shown(main.querySelector('div[style*=pointer]')!).opacity).toBe('0.5');
    expect(shown(main.querySelector('p[style*=opacity]')!).opacity).toBe('0');
    expect(shown(main.querySelector('h1')!).pointerEvents).toBe('auto');
    expect(shown(main.querySelector('p[style*=inherit] b')!).visibility).toBe('hidden');
  });

  it('answers as jsdom does on the app’s screens', async () => {
    for (const [route, heading] of [
      ['/', 'Today'],
      ['/help', 'Help now'],
      ['/inventory', 'Inventory'],
    ] as const) {
      const view = renderApp(route);
      await screen.findByRole('heading', { level: 1, name: heading });
      expect(document.body.querySelectorAll('*').length).toBeGreaterThan(20);
      expect(differences(document.body)).toEqual([]);
      view.unmount();
    }
  });

  it('leaves every other property, and pages with styles of their own, to jsdom', () => {
    document.body.innerHTML = '<p style="color: rgb(1, 2, 3)">words</p>';
    const words = document.querySelector('p')!;
    expect(window.getComputedStyle(words).color).toBe('rgb(1, 2, 3)');
    expect(window.getComputedStyle(words).getPropertyValue('color')).toBe('rgb(1, 2, 3)');
    const style = document.createElement('style');
    style.textContent = 'p { display: none; visibility: hidden }';
    document.head.append(style);
    try {
      expect(window.getComputedStyle(words).display).toBe('none');
      expect(window.getComputedStyle(words).visibility).toBe('hidden');
    } finally {
      style.remove();
    }
  });
});
