import { pbkdf2Sync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { opensAny, opensUnder } from './gcmCheck';

/** Every file under a browser profile folder, with its bytes. */
export async function readProfile(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const files: { path: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      files.push({ path, bytes: await readFile(path) });
    } catch {
      // A lock file or socket the browser left behind: nothing to read.
    }
  }
  return files;
}

/** The files that hold a word, as UTF-8 or as UTF-16 (how V8 and Chromium store some text). */
export function filesHolding(files: { path: string; bytes: Buffer }[], word: string): string[] {
  const needles = [Buffer.from(word, 'utf8'), Buffer.from(word, 'utf16le')];
  return files
    .filter(({ bytes }) => needles.some((needle) => bytes.includes(needle)))
    .map(({ path }) => path);
}

/** A sealed record as the app stores it: AES-GCM with the table and id bound in. */
export interface SealedSample {
  table: string;
  id: string;
  iv: Buffer;
  data: Buffer;
}

/**
 * Runs `tryWindow` on every `size`-byte window of every file and returns the files where one
 * opened something. A window whose bytes were already tried (runs of zeros, LevelDB's repeated
 * records, the same block in a log and a table) gets the answer it had: same bytes, same
 * answer, and each try is a key schedule and a few AES and GHASH blocks, so this halves a search.
 */
function windowsThatOpen(
  files: { path: string; bytes: Buffer }[],
  size: number,
  tryWindow: (window: Buffer) => boolean,
): string[] {
  const found = new Set<string>();
  const answers = new Map<string, boolean>();
  for (const { path, bytes } of files) {
    for (let at = 0; at + size <= bytes.length; at += 1) {
      const seen = bytes.toString('latin1', at, at + size);
      let opened = answers.get(seen);
      if (opened === undefined) {
        opened = tryWindow(bytes.subarray(at, at + size));
        answers.set(seen, opened);
      }
      if (opened) found.add(path);
    }
  }
  return [...found];
}

/** Tries every 32-byte window of every file as the data key of each record, as someone with a
 * copy of the files would. Returns the files where a window opened one. */
export function keyWindowsThatOpen(
  files: { path: string; bytes: Buffer }[],
  records: SealedSample[],
): string[] {
  const bound = records.map((record) => ({
    ...record,
    aad: Buffer.from(`stepwork:${record.table}:${record.id}`),
  }));
  return windowsThatOpen(files, 32, opensAny(bound));
}

// A test searches the files more than once with the same passphrase and salt (before and after a
// change); the derivation is the slow part by design, and its answer cannot differ.
const derivedKeys = new Map<string, Buffer>();
function derived(passphrase: string, kdf: { salt: Buffer; iterations: number }): Buffer {
  const id = `${kdf.iterations}:${kdf.salt.toString('hex')}:${passphrase}`;
  let key = derivedKeys.get(id);
  if (!key) {
    key = pbkdf2Sync(passphrase.normalize('NFC'), kdf.salt, kdf.iterations, 32, 'sha256');
    derivedKeys.set(id, key);
  }
  return key;
}

/** Tries every 60-byte window (a 12-byte IV and a wrapped 32-byte key with its tag) as the data
 * key wrapped under an old passphrase. Returns the files where one opened. */
export function wrappedKeysThatOpen(
  files: { path: string; bytes: Buffer }[],
  passphrase: string,
  kdf: { salt: Buffer; iterations: number },
): string[] {
  const kek = derived(passphrase, kdf);
  return windowsThatOpen(files, 60, opensUnder(kek, Buffer.from('stepwork:data-key')));
}
