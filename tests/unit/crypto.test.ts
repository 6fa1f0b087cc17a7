import { describe, expect, it } from 'vitest';
import {
  generateDataKey,
  generateWrappingKey,
  open,
  seal,
  SealError,
  unwrapDataKey,
  wrapDataKey,
} from '../../src/core/crypto';

const words = { body: 'I felt the fear and wrote anyway. 🌱 שלום', tags: ['hope'] };

describe('sealing a record', () => {
  it('opens to exactly what was sealed', async () => {
    const key = await generateDataKey(false);
    const sealed = await seal(key, 'entries', 'a', words);
    expect(await open(key, 'entries', 'a', sealed)).toEqual(words);
  });

  it('does not carry the words in the clear', async () => {
    const key = await generateDataKey(false);
    const sealed = await seal(key, 'entries', 'a', words);
    const stored = new TextDecoder('latin1').decode(sealed.data);
    expect(stored).not.toContain('fear');
    expect(sealed.iv.byteLength).toBe(12);
  });

  it('uses a fresh IV for every write', async () => {
    const key = await generateDataKey(false);
    const first = await seal(key, 'entries', 'a', words);
    const second = await seal(key, 'entries', 'a', words);
    expect(Array.from(first.iv)).not.toEqual(Array.from(second.iv));
  });

  it('refuses a ciphertext that was changed', async () => {
    const key = await generateDataKey(false);
    const sealed = await seal(key, 'entries', 'a', words);
    const bytes = new Uint8Array(sealed.data.slice(0));
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(open(key, 'entries', 'a', { iv: sealed.iv, data: bytes.buffer })).rejects.toThrow(
      SealError,
    );
  });

  it('refuses a ciphertext moved to another record or table', async () => {
    const key = await generateDataKey(false);
    const sealed = await seal(key, 'entries', 'a', words);
    await expect(open(key, 'entries', 'b', sealed)).rejects.toThrow(SealError);
    await expect(open(key, 'letters', 'a', sealed)).rejects.toThrow(SealError);
  });

  it('refuses the wrong key', async () => {
    const sealed = await seal(await generateDataKey(false), 'entries', 'a', words);
    await expect(open(await generateDataKey(false), 'entries', 'a', sealed)).rejects.toThrow(
      SealError,
    );
  });
});

describe('wrapping the data key', () => {
  it('round-trips: records sealed before wrapping open after unwrapping', async () => {
    const dataKey = await generateDataKey(true);
    const sealed = await seal(dataKey, 'entries', 'a', words);
    const wrapping = await generateWrappingKey();
    const { iv, wrapped } = await wrapDataKey(dataKey, wrapping);
    const unwrapped = await unwrapDataKey(wrapped, iv, wrapping);
    expect(unwrapped.extractable).toBe(false);
    expect(await open(unwrapped, 'entries', 'a', sealed)).toEqual(words);
  });

  it('refuses a tampered wrapped key', async () => {
    const wrapping = await generateWrappingKey();
    const { iv, wrapped } = await wrapDataKey(await generateDataKey(true), wrapping);
    const bytes = new Uint8Array(wrapped.slice(0));
    bytes[3] = (bytes[3] ?? 0) ^ 0xff;
    await expect(unwrapDataKey(bytes.buffer, iv, wrapping)).rejects.toThrow(SealError);
  });

  it('refuses the wrong wrapping key', async () => {
    const { iv, wrapped } = await wrapDataKey(
      await generateDataKey(true),
      await generateWrappingKey(),
    );
    await expect(unwrapDataKey(wrapped, iv, await generateWrappingKey())).rejects.toThrow(
      SealError,
    );
  });
});
