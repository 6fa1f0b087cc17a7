// Runs in the app's own origin (served beside dist/ by scripts/bench/inventory.mjs), so what it
// writes through the repository is what the app opens: same database, same key, same sealing.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { db } from '../../src/db/db';
import {
  finishEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import { digestWritten, listTrendInputs } from '../../src/features/inventory/trendDigestRepo';
import { computeTrends, rangeDays, summarizeTrends } from '../../src/features/inventory/trends';
import { TrendsSections } from '../../src/features/inventory/TrendsSections';
import { BODY_PLACES, FEELINGS } from '../../src/features/inventory/vocabulary';
import { startVault } from '../../src/features/vault/vaultRepo';

const DAY = 24 * 60 * 60 * 1000;

/** mulberry32: the same inventories on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function open() {
  await db.open();
  await startVault();
}

/** `count` inventories spread over the last 365 days (all inside the year the trends cover),
 * one to five feelings each; nine in ten finished. */
async function seed(count: number, concurrency = 16) {
  await open();
  const next = random(4);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const plans = Array.from({ length: count }, (_, i) => {
    const feelings = new Map<string, number>();
    const n = 1 + Math.floor(next() * 5);
    while (feelings.size < n) feelings.set(pick(FEELINGS).id, Math.floor(next() * 11));
    return {
      id: crypto.randomUUID(),
      at: Date.now() - Math.floor((i / count) * 364 * DAY) - Math.floor(next() * 3_600_000),
      finish: next() < 0.9,
      input: {
        whatHappened: 'A long day at work and a hard phone call in the evening.',
        feelings: [...feelings].map(([feelingId, intensity]) => ({ feelingId, intensity })),
        bodyPlaces: [pick(BODY_PLACES).id],
        thoughts: 'I keep going over what was said.',
        needs: 'Rest, and to be heard.',
        kindThing: 'A walk and an early night.',
      },
    };
  });
  const started = performance.now();
  let i = 0;
  const worker = async () => {
    while (i < plans.length) {
      const plan = plans[i++]!;
      await saveEmotionInventory({ id: plan.id, ...plan.input }, plan.at);
      if (plan.finish) await finishEmotionInventory(plan.id, plan.at);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - started;
  db.close();
  return { ms, count, finished: plans.filter((plan) => plan.finish).length };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

/** The very first read of the year after the inventories were written: no digest yet, so every
 * inventory is opened (decrypted) and the digest is written for the reads after it. */
async function firstRead() {
  await open();
  const range = rangeDays('year');
  const started = performance.now();
  const inventories = await listTrendInputs(range.fromDay, range.toDay);
  computeTrends(inventories, { ...range, bucket: 'week' });
  const ms = performance.now() - started;
  await digestWritten();
  db.close();
  return { ms, inventories: inventories.length };
}

/** Times the year's trends on a fresh page (the digest already written, nothing opened in this
 * page yet), then again; the arithmetic alone; and drawing the view's SVG and tables with React,
 * through to layout. */
async function time(runs = 5) {
  await open();
  const range = rangeDays('year');
  const load = async () => {
    const started = performance.now();
    const inventories = await listTrendInputs(range.fromDay, range.toDay);
    const trends = computeTrends(inventories, { ...range, bucket: 'week' });
    return { ms: performance.now() - started, inventories, trends };
  };
  const cold = await load();
  const warm: number[] = [];
  for (let r = 0; r < runs; r++) warm.push((await load()).ms);
  const compute: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    computeTrends(cold.inventories, { ...range, bucket: r % 2 ? 'month' : 'week' });
    compute.push(performance.now() - started);
  }
  const host = document.getElementById('draw')!;
  const draw: number[] = [];
  for (let r = 0; r < runs; r++) {
    const trends = computeTrends(cold.inventories, { ...range, bucket: r % 2 ? 'month' : 'week' });
    const summary = summarizeTrends(trends, 'In the last 12 months');
    const root = createRoot(host);
    const started = performance.now();
    flushSync(() =>
      root.render(
        createElement(
          'div',
          null,
          createElement('p', null, summary),
          createElement(TrendsSections, { trends }),
        ),
      ),
    );
    void host.offsetHeight; // through style and layout, not just the DOM commit
    draw.push(performance.now() - started);
    root.unmount();
  }
  db.close();
  return {
    inventories: cold.inventories.length,
    named: cold.trends.named,
    cold: cold.ms,
    warm: median(warm),
    compute: median(compute),
    draw: median(draw),
  };
}

declare global {
  interface Window {
    stepworkInventoryBench: { seed: typeof seed; firstRead: typeof firstRead; time: typeof time };
  }
}

window.stepworkInventoryBench = { seed, firstRead, time };
