// Search figures for `npm run bench` (and `--only search`), with the journal the bench seeded:
// what a person on a cheap phone feels while the index lives in its worker (issue 18).
//
// Each figure is taken at full speed and with the CPU slowed 4× (Chromium's throttling, as
// Lighthouse's phone). Throttling is set per thread: on the page through its CDP session, and on
// the search worker by attaching to it as DevTools does (`slowWorkers`), so the worker's opening
// and searching are slowed too. Whether the worker was slowed is reported beside the figures.

const QUERY = 'grateful';
const TYPED = ['grateful', 'sponsor meeting', 'lonely tired', 'amends letter', 'forgive'];

/**
 * Slows every dedicated worker the page starts, `rate` times. Playwright's CDP session speaks
 * only to the page, so the worker is reached through the older non-flat protocol
 * (Target.sendMessageToTarget). Resolves `{ workers }`: how many workers accepted it.
 */
async function slowPage(context, page, rate) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const slowed = { workers: 0, refused: [] };
  if (rate === 1) return { cdp, slowed };
  let id = 0;
  const throttles = new Set();
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo, waitingForDebugger }) => {
    if (targetInfo.type !== 'worker') return;
    const send = (method, params = {}) => {
      id += 1;
      if (method === 'Emulation.setCPUThrottlingRate') throttles.add(id);
      return cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch((error) => slowed.refused.push(`${method}: ${error.message}`));
    };
    // Held at its start so that none of its work runs unslowed; let go whatever the answer.
    void send('Emulation.setCPUThrottlingRate', { rate }).finally(() => {
      if (waitingForDebugger) void send('Runtime.runIfWaitingForDebugger');
    });
  });
  // The worker's own answers arrive wrapped: count the throttles it accepted.
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    if (!throttles.has(reply.id)) return;
    if (reply.error) slowed.refused.push(reply.error.message);
    else slowed.workers += 1;
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: false,
  });
  return { cdp, slowed };
}

/**
 * Resolves when the page says `stepwork-bench <name>` on its console (watchInPage). Set before the
 * page loads. Nothing of Playwright runs in the page meanwhile: its polling (`waitForFunction`,
 * a locator's wait) evaluated its own large script and a check every frame on the thread being
 * timed, about 50 ms of a page opening at 4× (a trace of Today, 3 December).
 */
function heard(page, name) {
  return page.waitForEvent('console', {
    predicate: (message) => message.text() === `stepwork-bench ${name}`,
    timeout: 120_000,
  });
}

/** Milliseconds from the page's start until `predicate` holds, checked every frame. (A function
 * Playwright sends over: the app's CSP refuses `new Function`.) */
function whenTrue(page, predicate, arg) {
  return page
    .waitForFunction(predicate, arg, { polling: 'raf', timeout: 120_000 })
    .then((handle) => handle.jsonValue());
}

const answered = (query) => {
  const section = document.querySelector('section.search');
  const count = document.querySelector('.search__count')?.textContent ?? '';
  // Before the worker, results were drawn with the keystroke: `data-query` is the answer there.
  const shown = section?.dataset.answered ?? section?.dataset.query;
  return shown === query && !/Getting your entries ready/.test(count) ? performance.now() : false;
};

/** The page's own JS heap, after a garbage collection, in MB. */
async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/**
 * Runs `during` under a Chromium trace and returns its result with the longest task the page's
 * main thread ran meanwhile: in wall time, and in the thread's own CPU time. On a machine shared
 * with other work the wall time also counts the moments the thread waited for a core; the CPU
 * time does not, but Chromium's 4× throttling works by pausing the thread, which it does not
 * count either.
 */
async function traceMainThread(cdp, during) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const result = await during();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`),
  );
  // A reduce, not Math.max(...): the probe makes tens of thousands of tasks.
  const longest = (pick) =>
    tasks.reduce((most, task) => Math.max(most, (pick(task) ?? 0) / 1000), 0);
  // What the longest task (by CPU time) spent its time on, for the raw figures.
  const top = tasks.reduce((a, b) => ((b.tdur ?? 0) > (a?.tdur ?? 0) ? b : a), undefined);
  const inside = top
    ? events
        .filter(
          (e) =>
            e.ph === 'X' &&
            e !== top &&
            e.pid === top.pid &&
            e.tid === top.tid &&
            e.ts >= top.ts &&
            e.ts + (e.dur ?? 0) <= top.ts + top.dur,
        )
        .map(
          (e) =>
            `${e.name} ${((e.tdur ?? 0) / 1000).toFixed(1)} ms ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''}`,
        )
        .slice(0, 40)
    : [];
  return {
    result,
    traced: {
      wall: longest((t) => t.dur),
      cpu: longest((t) => t.tdur),
      tasks: tasks.length,
      inside,
    },
  };
}

/** In the page: types each query a letter at a time, timing each keystroke until its answer is
 * drawn; with `probe`, a message-channel probe measures the longest the page's thread was busy. */
function typeQueries(page, queries, probe) {
  return page.evaluate(
    async ({ queries, probe }) => {
      const input = document.querySelector('#search-input');
      const section = document.querySelector('section.search');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      // The query whose answer is drawn (before the worker, results came with the keystroke).
      const answer = () => section.dataset.answered ?? section.dataset.query;
      // A task that runs between every other: the gap between two of its turns is how long the
      // thread was taken by something else (the longest such gap is the longest task, nearly).
      const channel = new MessageChannel();
      let last = performance.now();
      let longest = 0;
      let probing = probe;
      channel.port1.onmessage = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (probing) channel.port2.postMessage(0);
      };
      const longTasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const type = (value) =>
        new Promise((resolve, reject) => {
          if (answer() === value && section.dataset.query === value) {
            return resolve(0);
          }
          setTimeout(() => reject(new Error(`no results for "${value}" within 10 s`)), 10_000);
          const started = performance.now();
          const watcher = new MutationObserver(() => {
            if (answer() !== value) return;
            watcher.disconnect();
            resolve(performance.now() - started);
          });
          watcher.observe(section, {
            attributes: true,
            attributeFilter: ['data-answered', 'data-query'],
          });
          setValue.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      const times = [];
      await type('');
      last = performance.now();
      if (probing) channel.port2.postMessage(0);
      for (const query of queries) {
        for (let i = 1; i <= query.length; i += 1) {
          times.push(await type(query.slice(0, i)));
          // About a fast typist's pace.
          await new Promise((resolve) => setTimeout(resolve, 80));
        }
        await type('');
      }
      probing = false;
      observer.disconnect();
      return { times, longest: probe ? longest : NaN, longTasks };
    },
    { queries, probe },
  );
}

/**
 * Runs in the page from before its own scripts (addInitScript): notes the moment each thing lands
 * in the DOM, from a MutationObserver, so a figure is not the moment Playwright's polling noticed
 * it. (At 4× on a busy machine, Playwright's injected script alone took 100–340 ms to evaluate,
 * and `fill` 700–900 ms: both were inside the figures when they were polled.) With `query`, it
 * types it the moment the search field appears, as a person who opens the app on search and types
 * at once, by the same native setter and input event `typeQueries` uses.
 */
function watchInPage(query) {
  const times = {};
  window.__benchTimes = times;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  // Each moment is also said on the console, which Playwright hears without running anything in
  // the page (see `heard`).
  const say = (name) => console.debug(`stepwork-bench ${name}`);
  // The bare page (/bare/) draws one line straight into #root. Looked for there only, so the
  // app's openings being timed pay nothing for it.
  const onBare = location.pathname.startsWith('/bare/');
  const check = () => {
    const now = performance.now();
    if (onBare && times.bare === undefined && document.querySelector('#root > p')) {
      times.bare = now;
      say('bare');
    }
    if (times.today === undefined) {
      const h1s = [...document.querySelectorAll('main h1')];
      if (h1s.some((h) => h.textContent === 'Today')) {
        times.today = now;
        say('today');
      }
    }
    if (!query) {
      if (times.today !== undefined) observer.disconnect();
      return;
    }
    const input = document.querySelector('#search-input');
    if (input && times.typed === undefined) {
      times.typed = now;
      setValue.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const section = document.querySelector('section.search');
    const count = document.querySelector('.search__count')?.textContent ?? '';
    const shown = section?.dataset.answered ?? section?.dataset.query;
    if (shown !== query || /Getting your entries ready/.test(count)) return;
    if (times.first === undefined) {
      times.first = now;
      times.firstPartial = /Still looking/.test(count);
    }
    // Done: it watches no longer, so it costs nothing while the typing is timed.
    if (times.whole === undefined && !/Still looking/.test(count)) {
      times.whole = now;
      observer.disconnect();
      say('whole');
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

/** One cold opening of the app at `rate`× slowdown; every figure in milliseconds or MB. */
async function searchOnce(context, origin, rate) {
  // For scale, just before: the least a React + Dexie page can be (scripts/bare-shell) drawing
  // its one line, which waits for nothing. Today cannot come sooner than that on this machine.
  let page = await context.newPage();
  await slowPage(context, page, rate);
  await page.addInitScript(watchInPage, '');
  let shown = heard(page, 'bare');
  await page.goto(`${origin}/bare/`);
  await shown;
  const bare = await page.evaluate(() => window.__benchTimes.bare);
  await page.close();

  // Today, the first screen, from a cold start: does anything else share the line with it?
  page = await context.newPage();
  await slowPage(context, page, rate);
  await page.addInitScript(watchInPage, '');
  shown = heard(page, 'today');
  await page.goto(`${origin}/`);
  await shown;
  const today = await page.evaluate(() => window.__benchTimes.today);
  await page.close();

  // A person opens the app on search and types at once: when is the first answer on screen?
  page = await context.newPage();
  const slowing = await slowPage(context, page, rate);
  const { slowed } = slowing;
  await page.addInitScript(watchInPage, QUERY);
  shown = heard(page, 'whole');
  await page.goto(`${origin}/#/journal/search`);
  await shown;
  const input = page.locator('#search-input');
  const typedAt = await page.evaluate(() => window.__benchTimes);
  const firstAnswer = typedAt.first;
  // The first answer can come from the newest entries while the older are still being opened.
  const firstPartial = typedAt.firstPartial;
  const wholeAnswer = typedAt.whole;
  const marks = await page.evaluate(() => {
    const ready = performance.getEntriesByName('search-index-ready')[0];
    const start = performance.getEntriesByName('search-index-start')[0];
    const answering = performance.getEntriesByName('search-index-answering')[0];
    return {
      start: start?.startTime ?? NaN,
      answering: answering?.startTime ?? NaN,
      ready: ready?.startTime ?? NaN,
      opening: ready?.detail?.opening ?? NaN,
      folding: ready?.detail?.folding ?? NaN,
    };
  });
  await input.fill('');
  await page.waitForTimeout(500);
  const heapBefore = await heapMB(slowing.cdp);
  // Keystrokes timed as a person types them: no trace and no probe running. Both cost the page
  // with every task (the probe makes tens of thousands, each one traced), and had added a few
  // milliseconds to every keystroke timed beside them.
  const typing = await typeQueries(page, TYPED, false);
  await input.fill(QUERY);
  await whenTrue(page, answered, QUERY);
  const heapAfter = await heapMB(slowing.cdp);
  await page.close();

  // The longest task while typing, traced, in a page of its own: the worker keeps the answers to
  // recent questions, and the same questions typed again on the page above would be answered
  // from them.
  page = await context.newPage();
  const probing = await slowPage(context, page, rate);
  await page.addInitScript(watchInPage, QUERY);
  shown = heard(page, 'whole');
  await page.goto(`${origin}/#/journal/search`);
  await shown;
  await page.locator('#search-input').fill('');
  await page.waitForTimeout(500);
  const { result: probed, traced } = await traceMainThread(probing.cdp, () =>
    typeQueries(page, TYPED, true),
  );
  await page.close();
  return {
    rate,
    today,
    bare,
    firstAnswer,
    typed: typedAt.typed,
    firstPartial,
    wholeAnswer,
    answering: marks.answering,
    ready: marks.ready,
    build: marks.ready - marks.start,
    opening: marks.opening,
    folding: marks.folding,
    heapBefore,
    heapAfter,
    times: typing.times,
    timesTraced: probed.times,
    longest: probed.longest,
    longTasks: probed.longTasks,
    traced,
    workersSlowed: slowed.workers,
    refused: slowed.refused,
  };
}

/** Runs the search figures `runs` times at full speed and at 4× slowdown. */
export async function benchSearch({ context, origin, runs = 3 }) {
  const results = { full: [], slowed: [] };
  for (let i = 0; i < runs; i += 1) {
    results.full.push(await searchOnce(context, origin, 1));
    results.slowed.push(await searchOnce(context, origin, 4));
  }
  return results;
}

const TARGETS = {
  firstAnswer: [400, 1000],
  longest: [16, 50],
  keystroke: [16, 50],
  today: [200, 500],
};

/** Rows for the bench table: [measure, figure, target, met], medians of the runs. */
export function searchRows(results, median, p95, chars) {
  const f = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
  const rows = [];
  for (const [label, runs, column] of [
    ['full speed', results.full, 0],
    ['4× slowdown', results.slowed, 1],
  ]) {
    const m = (pick) => median(runs.map(pick));
    const keys = runs.flatMap((run) => run.times);
    const row = (measure, value, target) => [
      `  ${measure}`,
      f(value),
      target === undefined ? '' : `≤ ${target} ms`,
      target === undefined ? '' : value <= target ? 'yes' : 'NO',
    ];
    const workers = runs.map((run) => run.workersSlowed);
    rows.push([
      `Search in its worker, ${label} (median of ${runs.length}` +
        (column === 1
          ? `; worker slowed too: ${workers.every((n) => n > 0) ? 'yes' : 'NO'})`
          : ')'),
      '',
      '',
      '',
    ]);
    rows.push(
      row(
        'opening the app → first search answer',
        m((r) => r.firstAnswer),
        TARGETS.firstAnswer[column],
      ),
    );
    rows.push(
      row(
        '  of which: the search field there to type in',
        m((r) => r.typed ?? NaN),
      ),
    );
    const partial = runs.filter((r) => r.firstPartial).length;
    rows.push(
      row(
        `  of which: newest entries searchable after opening (first answer partial in ${partial} of ${runs.length})`,
        m((r) => r.answering ?? NaN),
      ),
    );
    rows.push(
      row(
        '→ the answer from every entry on screen',
        m((r) => r.wholeAnswer ?? r.firstAnswer),
      ),
    );
    rows.push(
      row(
        '  of which: index ready after opening',
        m((r) => r.ready),
      ),
    );
    rows.push(
      row(
        '  of which: worker reading + opening the entries',
        m((r) => r.opening),
      ),
    );
    rows.push(
      row(
        '  of which: worker folding their text',
        m((r) => r.folding),
      ),
    );
    rows.push(
      row(
        'longest main-thread task while typing (traced, wall time)',
        m((r) => r.traced.wall),
        TARGETS.longest[column],
      ),
    );
    rows.push(
      row(
        '  the same in the thread’s own CPU time',
        m((r) => r.traced.cpu),
      ),
    );
    rows.push(
      row(
        '  the longest gap a message-channel probe saw',
        m((r) => r.longest),
      ),
    );
    rows.push(
      row(
        `search keystroke, p95 (${keys.length} keystrokes)`,
        p95(keys),
        TARGETS.keystroke[column],
      ),
    );
    rows.push(row('search keystroke, median', median(keys)));
    rows.push(
      row(
        '  p95 timed beside the trace and the probe above',
        p95(runs.flatMap((run) => run.timesTraced)),
      ),
    );
    rows.push(
      row(
        'Today shown after opening',
        m((r) => r.today),
        TARGETS.today[column],
      ),
    );
    rows.push(
      row(
        '  for scale: a bare React + Dexie page’s first draw',
        m((r) => r.bare ?? NaN),
      ),
    );
    const before = m((r) => r.heapBefore);
    const after = m((r) => r.heapAfter);
    rows.push([
      '  page JS heap, index ready, before / after a search',
      `${before.toFixed(1)} / ${after.toFixed(1)} MB`,
      // The bench's text is nearly all ASCII, which V8 keeps at a byte a character.
      chars ? `≤ ${((2 * chars) / 1e6).toFixed(0)} MB` : '',
      chars ? (after <= (2 * chars) / 1e6 ? 'yes' : 'NO') : '',
    ]);
  }
  return rows;
}
