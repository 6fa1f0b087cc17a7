/// <reference types="vite-plugin-pwa/client" />
// The least a React + Dexie + PWA page can be: one line read live from one Dexie table, and the
// service worker registered through workbox-window. Issue #19 holds Stepwork's first screen to
// 1.25× what this page's first screen costs (scripts/bare-shell.mjs builds and measures it).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dexie, type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { registerSW } from 'virtual:pwa-register';

interface Line {
  id: string;
  text: string;
}

const db = new Dexie('bare-shell') as Dexie & { lines: EntityTable<Line, 'id'> };
db.version(1).stores({ lines: 'id' });

function App() {
  const line = useLiveQuery(() => db.lines.toCollection().first());
  return <p>{line?.text ?? 'Nothing here yet.'}</p>;
}

const root = document.getElementById('root');
if (root) {
  void registerSW({ immediate: true });
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
