// vite-plugin-pwa's virtual module exists only inside a Vite build with the plugin; component
// tests run without a service worker, so the update hook reports "nothing to update" unless a
// test says a new version is waiting (and how starting it ends).
import { useState } from 'react';

export const waitingVersion: { ready: boolean; update: () => Promise<void> } = {
  ready: false,
  update: async () => {},
};

export function useRegisterSW() {
  const needRefresh = useState(waitingVersion.ready);
  const offlineReady = useState(false);
  return { needRefresh, offlineReady, updateServiceWorker: () => waitingVersion.update() };
}
