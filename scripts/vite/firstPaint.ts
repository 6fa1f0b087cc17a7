import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { OPENING_SCREENS } from '../../src/app/openingScreens';
import { CONTENT_SECURITY_POLICY } from '../../src/app/securityHeaders';
import { MANIFEST_FILE } from '../../src/core/i18n/manifests';
import { NEUTRAL_TITLE, QUIET_FLAG } from '../../src/features/safety/quietFlag';
import { FIRST_WORDS_KEY } from '../../src/core/i18n/firstWords';

/**
 * The page draws its first frame (index.html's own markup and styles) before any of the app's
 * code has arrived; the code is needed for the screen after it, not for that frame. Asking for
 * the code at low priority says so to the browser: on a slow line the stylesheet goes first, and
 * the code follows on the same line at once. Without it, Lighthouse's phone counted the whole
 * first-screen code (140 KB gzip) as holding up the first paint, because on the fast local
 * machine it had finished downloading before that paint (issue #13).
 */
export function lowPriorityCode(): Plugin {
  return {
    name: 'stepwork-low-priority-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
          '<$1 fetchpriority="low"',
        ),
    },
  };
}

/**
 * Run by the page before any code arrives. First it starts two things the first screen will wait
 * on, while the code is still on its way (docs/DESIGN.md says what each saved): the browser
 * opening the site's IndexedDB store (asking for its list of databases opens the store without
 * opening a database, so no upgrade can be held up by it), and the browser's date data, started
 * in a small worker of its own (public/warm-dates.js). After a quick exit in this tab (its flag in
 * sessionStorage, src/features/safety/quietFlag.ts) it marks the page so its first frame is the
 * neutral screen under the neutral title, not the app's bar and name (index.html, shell.css).
 * When the language the person chose in Settings is Spanish (its copy in localStorage,
 * src/core/i18n/firstWords.ts), or with no choice, on a device whose first language Stepwork
 * speaks is Spanish (as showLanguage.ts's deviceLanguage() reads navigator.languages), it marks
 * the page so the first frame shows its Spanish words (index.html holds both; shell.css shows
 * one).
 * Then it asks for the code of the screen the address opens (the list below it, written at build
 * time), beside the app's own, instead of one round trip after it. No file names are built into
 * it, so its hash in the Content-Security-Policy stays the same from build to build; the list is
 * a data block, which the policy does not govern.
 */
const OPENING_SCREEN_SCRIPT =
  '(function(){try{indexedDB.databases().catch(function(){})}catch(e){}' +
  // After the first frame: starting a worker costs the page's thread a few ms of its own.
  'try{requestAnimationFrame(function(){setTimeout(function(){' +
  "try{new Worker('./warm-dates.js')}catch(e){}},0)})}catch(e){}" +
  `try{if(sessionStorage.getItem(${JSON.stringify(QUIET_FLAG)})==='1'){` +
  `document.documentElement.setAttribute('data-quiet','');document.title=${JSON.stringify(NEUTRAL_TITLE)}}}` +
  'catch(e){}' +
  `try{var k=${JSON.stringify(Object.keys(MANIFEST_FILE))},L=navigator.languages||[],` +
  `c=localStorage.getItem(${JSON.stringify(FIRST_WORDS_KEY)});if(k.indexOf(c)>=0)L=[c];` +
  "for(var j=0;j<L.length;j++){var g=String(L[j]).toLowerCase().split('-')[0];" +
  "if(k.indexOf(g)<0)continue;if(g!=='en')document.documentElement.setAttribute('data-first-words',g);break}}" +
  'catch(e){}' +
  "try{var p=location.hash.replace(/^#/,'')||'/';" +
  "var s=JSON.parse(document.getElementById('opening-screen-code').textContent);" +
  'for(var i=0;i<s.length;i++){if(!new RegExp(s[i][0]).test(p))continue;' +
  's[i][1].forEach(function(f){var l=document.createElement("link"),c=/\\.css$/.test(f);' +
  'l.rel=c?"preload":"modulepreload";if(c)l.as="style";l.crossOrigin="";' +
  'l.setAttribute("fetchpriority","low");l.href=f;document.head.appendChild(l)});return}}' +
  'catch(e){}})();';

/** The policy's source for the script above. */
const OPENING_SCREEN_SCRIPT_HASH = `'sha256-${createHash('sha256').update(OPENING_SCREEN_SCRIPT).digest('base64')}'`;

/** Every file a chunk needs before it runs: itself, what it imports, their styles. */
function chunkFiles(bundle: Rollup.OutputBundle, start: Rollup.OutputChunk): Set<string> {
  const files = new Set<string>();
  const queue = [start.fileName];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (files.has(name)) continue;
    files.add(name);
    const chunk = bundle[name];
    if (chunk?.type !== 'chunk') continue;
    queue.push(...chunk.imports);
    const css = (chunk as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata;
    for (const file of css?.importedCss ?? []) files.add(file);
  }
  return files;
}

/** Writes the opening screens' files into the page, with the script that fetches them. */
export function openingScreenCode(): Plugin {
  let root = '';
  return {
    name: 'stepwork-opening-screen-code',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const { bundle, chunk: entry } = context;
        if (!bundle || !entry) return html;
        if (!CONTENT_SECURITY_POLICY.includes(OPENING_SCREEN_SCRIPT_HASH)) {
          throw new Error(
            `firstPaint: the script changed; put ${OPENING_SCREEN_SCRIPT_HASH} in script-src (src/app/securityHeaders.ts)`,
          );
        }
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const withApp = chunkFiles(bundle, entry);
        const screens = OPENING_SCREENS.map(([pattern, module]) => {
          const id = resolve(root, module);
          const chunk = chunks.find((item) => item.facadeModuleId === id);
          if (!chunk) throw new Error(`firstPaint: no chunk of its own for ${module}`);
          const files = [...chunkFiles(bundle, chunk)].filter((file) => !withApp.has(file));
          return [pattern, files.map((file) => `./${file}`)];
        });
        const data = JSON.stringify(screens).replace(/</g, '\\u003c');
        // Before the stylesheet: an inline script after one waits for it to arrive.
        const at = html.search(/<link rel="stylesheet"|<\/head>/);
        return (
          html.slice(0, at) +
          `<script type="application/json" id="opening-screen-code">${data}</script>\n    ` +
          `<script>${OPENING_SCREEN_SCRIPT}</script>\n    ` +
          html.slice(at)
        );
      },
    },
  };
}
