// vite-plugin-pwa's virtual module exists only inside a Vite build with the plugin; component
// tests run without a service worker, so the update hook reports "nothing to update".
import { useState } from 'react';

export function useRegisterSW() {
  const needRefresh = useState(false);
  const offlineReady = useState(false);
  return { needRefresh, offlineReady, updateServiceWorker: async () => {} };
}
