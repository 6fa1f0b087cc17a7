import { holdBackgroundWork } from '../../../core/backgroundWork';
import { onForgetOpenedEntries } from '../../../core/openedEntries';
import { currentKey, useVaultStore } from '../../../core/vaultStore';
import { db, hasSteppedAside, onStepAside } from '../../../db/db';
import type { HostReply, HostRequest } from './searchHost';
import type { SearchAnswer } from './searchResults';
import { watchEntryChanges } from './searchRepo';
import { parseQuery } from './searchText';

/**
 * The page's side of search: starts the index where it lives (the search worker,
 * searchHost.ts), tells it which entries were written (Dexie's change notices reach the page, in
 * this tab and from others), asks it questions, and ends it when the journal locks. The page
 * keeps no copy of the entries' words for search: only the answers to the questions asked.
 */

export type IndexStatus = 'idle' | 'building' | 'ready' | 'failed';

export interface IndexState {
  status: IndexStatus;
  /** How many entries the index holds. */
  size: number;
  /** Changes whenever the index does, so screens know to search again. */
  version: number;
}

/** Where the index runs: a worker, or the page itself where Worker does not exist. */
interface Port {
  post(message: HostRequest): void;
  end(): void;
}

/**
 * jsdom and Node (the unit and component tests) have no Worker: there the same host runs in the
 * page, answering asynchronously as a worker would, so the tests drive the code the worker runs.
 * A browser without Worker at all is the only other place this is used.
 */
async function inPagePort(onReply: (message: HostReply) => void): Promise<Port> {
  const { createSearchHost } = await import('./searchHost');
  let ended = false;
  const host = createSearchHost((message) => {
    queueMicrotask(() => ended || onReply(message));
  });
  return {
    post: (message) => queueMicrotask(() => ended || host.handle(message)),
    end: () => {
      ended = true;
      host.handle({ type: 'stop' });
    },
  };
}

const canUseWorker = () => typeof Worker === 'function';

const newWorker = () =>
  new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });

/**
 * A search worker started when this module loads (with the code of the screen the app opens on,
 * or in idle time), so that fetching and running the worker's own code overlaps the journal
 * opening instead of coming after it: on the search screen, that start was about half of the
 * wait between the screen and its first answer. It holds nothing until it is given the key; the
 * index's first start takes it, and locking ends it like the index's own worker.
 */
let spare: Worker | undefined;
function makeSpare() {
  if (!canUseWorker()) return;
  const worker = newWorker();
  // One that failed to start is dropped; the index then starts a worker of its own.
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (spare === worker) spare = undefined;
  };
  spare = worker;
}
makeSpare();

function workerPort(onReply: (message: HostReply) => void, onFail: () => void): Port {
  const worker = spare ?? newWorker();
  spare = undefined;
  worker.onmessage = (event: MessageEvent<HostReply>) => onReply(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFail();
  };
  return {
    post: (message) => worker.postMessage(message),
    // Ending the worker drops its memory whole: the key, the opened words, the index.
    end: () => worker.terminate(),
  };
}

let state: IndexState = { status: 'idle', size: 0, version: 0 };
const listeners = new Set<() => void>();
let readyWaiters: (() => void)[] = [];
let port: Promise<Port> | null = null;
let stopWatching: (() => void) | null = null;
let seq = 0;
const pending = new Map<number, { query: string; resolve: (answer: SearchAnswer) => void }>();

/** While the first build runs, the page's background work waits (core/backgroundWork.ts). */
let releaseBackgroundWork: (() => void) | null = null;

function setState(status: IndexStatus, size = state.size) {
  state = { status, size, version: state.version + 1 };
  if (status !== 'building') {
    releaseBackgroundWork?.();
    releaseBackgroundWork = null;
  }
  if (status === 'ready') {
    for (const resolve of readyWaiters) resolve();
    readyWaiters = [];
  }
  for (const listener of listeners) listener();
}

export function getSearchIndexState(): IndexState {
  return state;
}

export function subscribeSearchIndex(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves once the index holds every live entry. */
export function whenSearchIndexReady(): Promise<void> {
  if (state.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => readyWaiters.push(resolve));
}

const emptyAnswer = (query: string): SearchAnswer => ({
  query,
  terms: parseQuery(query),
  total: 0,
  items: [],
  complete: true,
});

function onReply(message: HostReply) {
  if (message.type === 'results') {
    pending.get(message.seq)?.resolve(message.answer);
    pending.delete(message.seq);
    return;
  }
  if (message.type === 'read') {
    performance.mark('search-index-read-ahead', { detail: { ms: message.ms } });
    return;
  }
  if (message.status === 'failed') {
    stopSearchIndex();
    setState('failed', 0);
    return;
  }
  if (message.status === 'building') {
    if (message.timing?.firstSlice !== undefined) {
      performance.mark('search-index-answering', { detail: message.timing });
    }
    setState('building', message.size);
    return;
  }
  if (state.status !== 'ready' && message.timing) {
    performance.mark('search-index-ready', { detail: message.timing });
    performance.measure('search-index-build', 'search-index-start', 'search-index-ready');
  }
  setState('ready', message.size);
}

/** True once the index can answer: it holds every live entry, or the newest of them while it
 * opens the rest. */
export function canSearch({ status, size }: IndexState): boolean {
  return status === 'ready' || (status === 'building' && size > 0);
}

/** True once a question can be sent: the index answers it as soon as it can (a question asked
 * before the first entries are opened is answered the moment they are). */
export function canAsk({ status }: IndexState): boolean {
  return status === 'ready' || status === 'building';
}

/** Set while the worker reads the sealed entries ahead of the key (prepareSearchIndex). */
let readingAhead = false;

/** The worker failed: before the key came it is dropped quietly (unlocking starts another);
 * after, search says it could not be prepared. */
function fail(): void {
  const quiet = readingAhead;
  stopSearchIndex();
  if (!quiet) setState('failed', 0);
}

/** Where the index runs, and the entries' change notices sent on to it from now on. */
function openPort(): Promise<Port> {
  const opened = canUseWorker() ? Promise.resolve(workerPort(onReply, fail)) : inPagePort(onReply);
  port = opened;
  // Listening starts before the worker's first read, so nothing written during the build (or
  // while it read ahead) is missed; the notices are sent on in order, after the start.
  stopWatching = watchEntryChanges((change) => {
    void opened.then((ready) => ready.post({ type: 'changed', change }));
  });
  return opened;
}

/**
 * While the journal is locked, has the search worker read the sealed entries ahead: it holds
 * them as stored, opens nothing and has no key, so locked still means no opened word in memory.
 * Once the passphrase is typed, only opening them is left (startSearchIndex). Locking, Quick
 * exit and stepping aside end it as they end the index.
 */
export function prepareSearchIndex(): void {
  if (port || useVaultStore.getState().status !== 'locked' || hasSteppedAside()) return;
  readingAhead = true;
  const opened = openPort();
  void opened.then((ready) => ready.post({ type: 'read', database: db.name }), fail);
}

/**
 * Builds the index from the live entries and keeps it current while entries change. Does
 * nothing while the journal is locked or when the index is already running.
 */
export function startSearchIndex(): void {
  if ((port && !readingAhead) || useVaultStore.getState().status !== 'open' || hasSteppedAside()) {
    return;
  }
  readingAhead = false;
  const key = currentKey();
  performance.mark('search-index-start');
  setState('building', 0);
  releaseBackgroundWork = holdBackgroundWork();
  const opened = port ?? openPort();
  void opened.then(
    (ready) => ready.post({ type: 'start', key, database: db.name }),
    (error: unknown) => {
      console.error(error);
      if (port === opened) fail();
    },
  );
}

/** The matches for `query`, the first `limit` of them cut and highlighted: none until the index
 * has opened its first entries, and while it is still opening the older ones, an answer that
 * says it is not complete. */
export function searchJournal(query: string, limit: number): Promise<SearchAnswer> {
  if (!port || !canAsk(state) || parseQuery(query).length === 0) {
    return Promise.resolve(emptyAnswer(query));
  }
  const asked = ++seq;
  return new Promise((resolve) => {
    pending.set(asked, { query, resolve });
    void port?.then((ready) => ready.post({ type: 'search', seq: asked, query, limit }));
  });
}

function stopSearchIndex(): void {
  readingAhead = false;
  stopWatching?.();
  stopWatching = null;
  const ending = port;
  port = null;
  void ending?.then((ready) => ready.end()).catch(() => undefined);
  // A question still out is answered with nothing rather than left hanging.
  for (const { query, resolve } of pending.values()) resolve(emptyAnswer(query));
  pending.clear();
}

function endSearchIndex(): void {
  spare?.terminate();
  spare = undefined;
  if (state.status === 'idle' && !port) return;
  stopSearchIndex();
  setState('idle', 0);
}

// When the journal locks (or on Quick exit), every opened word leaves memory: the worker ends,
// and with it the key it was given and the index.
onForgetOpenedEntries(endSearchIndex);
// So it does when this tab steps aside for a newer Stepwork: the tab shows only a note to reload,
// and a worker left running would keep the key and every opened word until the tab closed.
onStepAside(endSearchIndex);
