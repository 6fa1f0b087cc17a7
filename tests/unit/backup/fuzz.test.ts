import { beforeAll, describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../src/features/backup/importRepo';
import { exportBackup } from '../../../src/features/backup/exportBackup';
import { openEncryptedBackup } from '../../../src/features/backup/importBackup';
import { ImportError } from '../../../src/features/backup/importErrors';
import { parseBackupText } from '../../../src/features/backup/parseBackup';
import { freshVault } from '../../helpers/freshVault';
import { seedRecords, snapshotDb } from '../../helpers/journalRecords';
import { sampleJournal } from './sampleJournal';

// At least 1,000 malformed files, each derived from one valid export: every one must be refused
// with a message a person can read, and the journal must be exactly as it was, byte for byte.

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
const next = random(20261121);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path in the file outside a record's words (inside `fields` any JSON is valid) and
 * outside unknown settings, with whether the value there may be absent. */
function paths(value: Json, path: Path = []): { path: Path; optional: boolean }[] {
  const out: { path: Path; optional: boolean }[] = [];
  if (path.length > 0) {
    const key = path[path.length - 1];
    out.push({
      path,
      optional: ['deletedAt', 'inventoryItemId', 'amendsId', 'releasedAt'].includes(String(key)),
    });
  }
  if (path[path.length - 1] === 'fields') return out;
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...path, i])));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) out.push(...paths(inner, [...path, key]));
  }
  return out;
}

function at(root: Json, path: Path): { parent: Json; key: string | number } {
  let parent = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key]!;
  return { parent, key: path[path.length - 1]! };
}

const clone = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

function otherKind(value: Json): Json {
  const options: Json[] = ['a word', 7, -1.5, true, null, [], {}, [1, 2], { id: 'x' }];
  return pick(
    options.filter(
      (option) =>
        typeof option !== typeof value ||
        Array.isArray(option) !== Array.isArray(value) ||
        (option === null) !== (value === null),
    ),
  );
}

/** Nesting as text: JSON.stringify itself would overflow the stack on the deepest ones. */
function nested(depth: number): string {
  const array = next() < 0.5;
  return array
    ? `${'['.repeat(depth)}"deep"${']'.repeat(depth)}`
    : `${'{"inner":'.repeat(depth)}"deep"${'}'.repeat(depth)}`;
}

/** Puts a raw `"key": value` member into the text of a random object in the file. */
function withRawMember(text: string, member: string): string {
  const starts = [...text.matchAll(/\{/g)].map((m) => m.index);
  const start = pick(starts);
  const close = text[start + 1] === '}';
  return `${text.slice(0, start + 1)}${member}${close ? '' : ','}${text.slice(start + 1)}`;
}

function mutations(valid: string): { name: string; text: string }[] {
  const doc = JSON.parse(valid) as Json;
  const all = paths(doc);
  const required = all.filter((p) => !p.optional);
  const settable = all.filter((p) => !(p.path.includes('settings') && p.path.at(-1) === 'value'));
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < 250; i += 1) {
    const cut = 1 + Math.floor(next() * (valid.length - 2));
    out.push({ name: `truncated at ${cut}`, text: valid.slice(0, cut) });
  }
  for (let i = 0; i < 250; i += 1) {
    const copy = clone(doc);
    const { path } = pick(settable);
    const { parent, key } = at(copy, path);
    const target = parent as Record<string, Json>;
    target[key] = otherKind(target[key]!);
    out.push({ name: `type swap at ${path.join('.')}`, text: JSON.stringify(copy) });
  }
  for (let i = 0; i < 200; i += 1) {
    const copy = clone(doc);
    const { path } = pick(required.filter((p) => typeof p.path.at(-1) === 'string'));
    const { parent, key } = at(copy, path);
    delete (parent as Record<string, Json>)[key];
    out.push({ name: `deleted ${path.join('.')}`, text: JSON.stringify(copy) });
  }
  for (let i = 0; i < 100; i += 1) {
    const copy = clone(doc);
    const { path } = pick(settable.filter((p) => typeof p.path.at(-1) === 'string'));
    const { parent, key } = at(copy, path);
    const huge = pick(['string', 'record', 'words', 'number'] as const);
    if (huge === 'number') {
      (parent as Record<string, Json>)[key] = 123456789;
      const text = JSON.stringify(copy).replace('123456789', '1e400');
      out.push({ name: `1e400 at ${path.join('.')}`, text });
      continue;
    }
    if (huge === 'words') {
      const journal = (copy as { journal: Record<string, { fields: Json }[]> }).journal;
      journal.entries![0]!.fields = 'x'.repeat(2_000_001);
    } else {
      (parent as Record<string, Json>)[key] =
        huge === 'string' ? 'x'.repeat(250 + Math.floor(next() * 3_000_000)) : 'y'.repeat(5_000);
    }
    out.push({ name: `huge ${huge} at ${path.join('.')}`, text: JSON.stringify(copy) });
  }
  for (let i = 0; i < 100; i += 1) {
    const copy = clone(doc);
    const journal = (copy as { journal: Record<string, { fields: Json }[]> }).journal;
    const depth = pick([41, 60, 500, 5000, 200_000]);
    const inside = next() < 0.5 && journal.entries!.length > 0;
    if (inside) journal.entries![0]!.fields = 'DEEP-MARK';
    const deep = nested(depth);
    const text = inside
      ? JSON.stringify(copy).replace('"DEEP-MARK"', deep)
      : withRawMember(JSON.stringify(copy), `"deep":${deep}`);
    out.push({ name: `nested ${depth} deep`, text });
  }
  for (let i = 0; i < 100; i += 1) {
    const key = pick(['__proto__', 'constructor', 'prototype']);
    const value = pick(['{"polluted":true}', '"x"', '1', 'null', '{"prototype":{"admin":true}}']);
    out.push({
      name: `hostile ${key}`,
      text: withRawMember(JSON.stringify(doc), `"${key}":${value}`),
    });
  }
  for (let i = 0; i < 50; i += 1) {
    const copy = clone(doc) as Record<string, Json>;
    const change = pick(['format', 'newer', 'array', 'scalar', 'empty', 'html'] as const);
    let text: string;
    if (change === 'format') {
      copy.format = pick(['stepwork', 'other-app-backup', '', 'Stepwork-Backup']);
      text = JSON.stringify(copy);
    } else if (change === 'newer') {
      copy.version = 2 + Math.floor(next() * 50);
      text = JSON.stringify(copy);
    } else if (change === 'array') text = JSON.stringify([copy]);
    else if (change === 'scalar') text = pick(['42', '"stepwork-backup"', 'null', 'true']);
    else if (change === 'empty') text = pick(['', '   ', '\n']);
    else text = '<!doctype html><html><body>stepwork-backup</body></html>';
    out.push({ name: `changed ${change}`, text });
  }
  return out;
}

async function importText(text: string, passphrase = 'the right passphrase') {
  const parsed = parseBackupText(text);
  const document = parsed.encrypted
    ? await openEncryptedBackup(parsed.envelope, passphrase)
    : parsed.document;
  const plan = await planImport(document.journal);
  await applyImport(document.journal, pick(['merge', 'replace'] as const), plan);
}

let valid = '';
let before = '';

beforeAll(async () => {
  await freshVault();
  await seedRecords(sampleJournal());
  valid = (await exportBackup()).text;
  before = await snapshotDb();
});

describe('malformed backup files', () => {
  it('refuses each of 1,000+ files derived from a valid export, with a message, changing nothing', async () => {
    const cases = mutations(valid);
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const kinds = new Map<string, number>();
    for (const { name, text } of cases) {
      const error = await importText(text).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(ImportError);
      const { kind, message } = error as ImportError;
      expect(message.length, name).toBeGreaterThan(40);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(await snapshotDb()).toBe(before);
    // Each family of damage met the message meant for it at least once.
    for (const kind of ['truncated', 'invalid', 'hostile', 'not-stepwork', 'newer', 'not-json']) {
      expect(kinds.get(kind), kind).toBeGreaterThan(0);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('admin');
  }, 300_000);

  it('refuses an encrypted file with the wrong passphrase, or changed, and changes nothing', async () => {
    const encrypted = (await exportBackup({ passphrase: 'the right passphrase', iterations: 1000 }))
      .text;
    await expect(importText(encrypted, 'the wrong passphrase')).rejects.toMatchObject({
      kind: 'wrong-passphrase',
    });
    const envelope = JSON.parse(encrypted) as { data: string };
    const flipped = envelope.data.startsWith('A')
      ? `B${envelope.data.slice(1)}`
      : `A${envelope.data.slice(1)}`;
    await expect(importText(JSON.stringify({ ...envelope, data: flipped }))).rejects.toMatchObject({
      kind: 'damaged',
    });
    await expect(importText(encrypted.slice(0, encrypted.length / 2))).rejects.toMatchObject({
      kind: 'truncated',
    });
    expect(await snapshotDb()).toBe(before);
  });
});
