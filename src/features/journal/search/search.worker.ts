/// <reference lib="webworker" />
// The journal's search index, off the page's thread (searchHost.ts says what lives here). The
// page ends this worker when the journal locks, on Quick exit, and when the tab steps aside for a
// newer Stepwork, so its memory goes with it.
import { createSearchHost, type HostRequest } from './searchHost';

const host = createSearchHost((message) => self.postMessage(message));

self.onmessage = (event: MessageEvent<HostRequest>) => host.handle(event.data);
