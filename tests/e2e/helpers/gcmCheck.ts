import { createCipheriv, randomBytes } from 'node:crypto';

// The profile searches try tens of thousands of byte windows as AES-GCM keys. Node's own cipher
// costs a stream object per try (and a thrown error per failure), which made those searches
// most of lock-on-disk's time. Here one try is a key schedule, one AES block per record and
// GHASH over its few blocks, all in plain arithmetic: the same answer (checked against Node's
// AES-GCM below, at every load), about ten times sooner.

const SBOX = new Uint8Array(256);
const T0 = new Uint32Array(256);
const T1 = new Uint32Array(256);
const T2 = new Uint32Array(256);
const T3 = new Uint32Array(256);
{
  const rotl8 = (x: number, n: number) => ((x << n) | (x >>> (8 - n))) & 0xff;
  let p = 1;
  let q = 1;
  do {
    p = (p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0)) & 0xff;
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    SBOX[p] = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4) ^ 0x63;
  } while (p !== 1);
  SBOX[0] = 0x63;
  for (let x = 0; x < 256; x++) {
    const s = SBOX[x]!;
    const s2 = ((s << 1) ^ (s & 0x80 ? 0x1b : 0)) & 0xff;
    const word = ((s2 << 24) | (s << 16) | (s << 8) | (s2 ^ s)) >>> 0;
    T0[x] = word;
    T1[x] = ((word >>> 8) | (word << 24)) >>> 0;
    T2[x] = ((word >>> 16) | (word << 16)) >>> 0;
    T3[x] = ((word >>> 24) | (word << 8)) >>> 0;
  }
}
const RCON = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40];
const sub = (w: number) =>
  ((SBOX[w >>> 24]! << 24) |
    (SBOX[(w >>> 16) & 0xff]! << 16) |
    (SBOX[(w >>> 8) & 0xff]! << 8) |
    SBOX[w & 0xff]!) >>>
  0;

/** The AES-256 key schedule (60 words) of a 32-byte key. */
function expand(key: Buffer, w: Uint32Array): void {
  for (let i = 0; i < 8; i++) w[i] = key.readUInt32BE(4 * i);
  for (let i = 8; i < 60; i++) {
    let t = w[i - 1]!;
    if (i % 8 === 0) t = sub(((t << 8) | (t >>> 24)) >>> 0) ^ (RCON[i / 8 - 1]! << 24);
    else if (i % 8 === 4) t = sub(t);
    w[i] = (w[i - 8]! ^ t) >>> 0;
  }
}

/** AES-256 of one block (four big-endian words) into `out` at `at`. */
function encrypt(w: Uint32Array, input: Uint32Array, from: number, out: Uint32Array, at: number) {
  let s0 = input[from]! ^ w[0]!;
  let s1 = input[from + 1]! ^ w[1]!;
  let s2 = input[from + 2]! ^ w[2]!;
  let s3 = input[from + 3]! ^ w[3]!;
  for (let round = 1; round < 14; round++) {
    const k = 4 * round;
    const t0 =
      T0[s0 >>> 24]! ^ T1[(s1 >>> 16) & 0xff]! ^ T2[(s2 >>> 8) & 0xff]! ^ T3[s3 & 0xff]! ^ w[k]!;
    const t1 =
      T0[s1 >>> 24]! ^
      T1[(s2 >>> 16) & 0xff]! ^
      T2[(s3 >>> 8) & 0xff]! ^
      T3[s0 & 0xff]! ^
      w[k + 1]!;
    const t2 =
      T0[s2 >>> 24]! ^
      T1[(s3 >>> 16) & 0xff]! ^
      T2[(s0 >>> 8) & 0xff]! ^
      T3[s1 & 0xff]! ^
      w[k + 2]!;
    const t3 =
      T0[s3 >>> 24]! ^
      T1[(s0 >>> 16) & 0xff]! ^
      T2[(s1 >>> 8) & 0xff]! ^
      T3[s2 & 0xff]! ^
      w[k + 3]!;
    s0 = t0;
    s1 = t1;
    s2 = t2;
    s3 = t3;
  }
  const last = (a: number, b: number, c: number, d: number, k: number) =>
    (((SBOX[a >>> 24]! << 24) |
      (SBOX[(b >>> 16) & 0xff]! << 16) |
      (SBOX[(c >>> 8) & 0xff]! << 8) |
      SBOX[d & 0xff]!) ^
      w[k]!) >>>
    0;
  out[at] = last(s0, s1, s2, s3, 56);
  out[at + 1] = last(s1, s2, s3, s0, 57);
  out[at + 2] = last(s2, s3, s0, s1, 58);
  out[at + 3] = last(s3, s0, s1, s2, 59);
}

// GHASH multiplies in GF(2^128) with GCM's bit order (NIST SP 800-38D): four bits at a time from
// a table of the 16 multiples of H (Shoup's method), R4 folding back the bits shifted out.
const R4 = new Uint32Array(16);
for (let i = 0; i < 16; i++) {
  let r = 0;
  for (let b = 0; b < 4; b++) if (i & (1 << b)) r ^= 0xe1000000 >>> (3 - b);
  R4[i] = r >>> 0;
}

function hTable(h: Uint32Array, at: number, m: Uint32Array): void {
  let v0 = h[at]!;
  let v1 = h[at + 1]!;
  let v2 = h[at + 2]!;
  let v3 = h[at + 3]!;
  for (let bit = 8; bit >= 1; bit >>= 1) {
    m[bit * 4] = v0;
    m[bit * 4 + 1] = v1;
    m[bit * 4 + 2] = v2;
    m[bit * 4 + 3] = v3;
    const low = v3 & 1;
    v3 = ((v3 >>> 1) | (v2 << 31)) >>> 0;
    v2 = ((v2 >>> 1) | (v1 << 31)) >>> 0;
    v1 = ((v1 >>> 1) | (v0 << 31)) >>> 0;
    v0 = ((v0 >>> 1) ^ (low ? 0xe1000000 : 0)) >>> 0;
  }
  for (let base = 2; base <= 8; base <<= 1) {
    for (let j = 1; j < base; j++) {
      for (let k = 0; k < 4; k++) m[(base + j) * 4 + k] = m[base * 4 + k]! ^ m[j * 4 + k]!;
    }
  }
}

/** GHASH of prepared blocks, XORed with the block at `mask[at]!`, compared with `tag`. */
function tagMatches(
  m: Uint32Array,
  blocks: Uint32Array,
  mask: Uint32Array,
  at: number,
  tag: Uint32Array,
): boolean {
  let z0 = 0;
  let z1 = 0;
  let z2 = 0;
  let z3 = 0;
  for (let b = 0; b < blocks.length; b += 4) {
    const x0 = z0 ^ blocks[b]!;
    const x1 = z1 ^ blocks[b + 1]!;
    const x2 = z2 ^ blocks[b + 2]!;
    const x3 = z3 ^ blocks[b + 3]!;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    // Nibbles from the last (lowest) to the first, as the table method needs them.
    for (let i = 31; i >= 0; i--) {
      const word = i < 8 ? x0 : i < 16 ? x1 : i < 24 ? x2 : x3;
      const nibble = (word >>> (4 * (7 - (i & 7)))) & 0xf;
      const rem = a3 & 0xf;
      a3 = ((a3 >>> 4) | (a2 << 28)) >>> 0;
      a2 = ((a2 >>> 4) | (a1 << 28)) >>> 0;
      a1 = ((a1 >>> 4) | (a0 << 28)) >>> 0;
      a0 = ((a0 >>> 4) ^ R4[rem]!) >>> 0;
      const o = nibble * 4;
      a0 ^= m[o]!;
      a1 ^= m[o + 1]!;
      a2 ^= m[o + 2]!;
      a3 ^= m[o + 3]!;
    }
    z0 = a0 >>> 0;
    z1 = a1 >>> 0;
    z2 = a2 >>> 0;
    z3 = a3 >>> 0;
  }
  return (
    (z0 ^ mask[at]!) >>> 0 === tag[0]! &&
    (z1 ^ mask[at + 1]!) >>> 0 === tag[1]! &&
    (z2 ^ mask[at + 2]!) >>> 0 === tag[2]! &&
    (z3 ^ mask[at + 3]!) >>> 0 === tag[3]!
  );
}

const words = (bytes: Buffer) => {
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32BE(4 * i);
  return out;
};

/** What GHASH reads of a record: its AAD and ciphertext, each padded to 16 bytes, then lengths. */
function ghashBlocks(aad: Buffer, ciphertext: Buffer): Uint32Array {
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((16 - (b.length % 16)) % 16)]);
  const lengths = Buffer.alloc(16);
  lengths.writeBigUInt64BE(BigInt(aad.length * 8), 0);
  lengths.writeBigUInt64BE(BigInt(ciphertext.length * 8), 8);
  return words(Buffer.concat([pad(aad), pad(ciphertext), lengths]));
}

/** The first counter block of a 12-byte IV. */
const j0 = (iv: Buffer) => Buffer.concat([iv, Buffer.from([0, 0, 0, 1])]);

export interface GcmSealed {
  iv: Buffer;
  /** Ciphertext followed by the 16-byte tag. */
  data: Buffer;
  aad: Buffer;
}

/** A test of whether a 32-byte key opens (the tag verifies) any of these records. */
export function opensAny(records: GcmSealed[]): (key: Buffer) => boolean {
  if (records.some((r) => r.iv.length !== 12 || r.data.length < 16)) {
    throw new Error('a record without a 12-byte IV and a tag');
  }
  const prepared = records.map((r) => ({
    blocks: ghashBlocks(r.aad, r.data.subarray(0, r.data.length - 16)),
    tag: words(r.data.subarray(r.data.length - 16)),
  }));
  // Block 0 is all zeros (its cipher is H); then each record's first counter block.
  const input = words(Buffer.concat([Buffer.alloc(16), ...records.map((r) => j0(r.iv))]));
  const schedule = new Uint32Array(60);
  const out = new Uint32Array(input.length);
  const m = new Uint32Array(64);
  return (key) => {
    expand(key, schedule);
    for (let b = 0; b < input.length; b += 4) encrypt(schedule, input, b, out, b);
    hTable(out, 0, m);
    return prepared.some(({ blocks, tag }, r) => tagMatches(m, blocks, out, 4 * (r + 1), tag));
  };
}

/** A test of whether a window (a 12-byte IV, then ciphertext and tag) opens under one key. */
export function opensUnder(key: Buffer, aad: Buffer): (window: Buffer) => boolean {
  const schedule = new Uint32Array(60);
  expand(key, schedule);
  const h = new Uint32Array(4);
  encrypt(schedule, new Uint32Array(4), 0, h, 0);
  const m = new Uint32Array(64);
  hTable(h, 0, m);
  const mask = new Uint32Array(4);
  return (window) => {
    if (window.length < 28) return false;
    encrypt(schedule, words(j0(window.subarray(0, 12))), 0, mask, 0);
    const data = window.subarray(12);
    const blocks = ghashBlocks(aad, data.subarray(0, data.length - 16));
    return tagMatches(m, blocks, mask, 0, words(data.subarray(data.length - 16)));
  };
}

// Node's AES-GCM is the reference: a mistake above would turn every search into a blind one (a
// key in the files never found), so each load checks a few sealed samples of assorted sizes
// open with their key and not with another.
{
  for (let n = 0; n < 6; n++) {
    const key = randomBytes(32);
    const seal = (i: number): GcmSealed => {
      const iv = randomBytes(12);
      const aad = randomBytes((n * 13 + i * 7) % 70);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(aad);
      const sealed = cipher.update(randomBytes((n * 29 + i * 11) % 130));
      return { iv, aad, data: Buffer.concat([sealed, cipher.final(), cipher.getAuthTag()]) };
    };
    const first = seal(0);
    const second = seal(1);
    const records = [first, second];
    const fits = [
      opensAny(records)(key),
      opensAny([second])(key),
      opensUnder(key, first.aad)(Buffer.concat([first.iv, first.data])),
    ];
    const misfits = [
      opensAny(records)(randomBytes(32)),
      opensUnder(randomBytes(32), first.aad)(Buffer.concat([first.iv, first.data])),
    ];
    if (fits.includes(false) || misfits.includes(true)) {
      throw new Error('gcmCheck disagrees with Node’s AES-GCM');
    }
  }
}
