import { describe, expect, it } from 'vitest';
import { EntryInputError } from '../../src/features/journal/journalRepo';
import { TodayInputError } from '../../src/features/today/inputError';
import { describeSaveError, InputError, isQuotaError } from '../../src/lib/errors';
import { TooLongError } from '../../src/lib/limits';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('describeSaveError', () => {
  it('recognises a full disk however Dexie wraps it', () => {
    expect(isQuotaError(quota())).toBe(true);
    // A transaction the full disk aborted: Dexie's AbortError with the quota error inside.
    expect(isQuotaError({ name: 'AbortError', inner: quota() })).toBe(true);
    expect(
      isQuotaError({ name: 'AbortError', inner: { name: 'AbortError', inner: quota() } }),
    ).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [quota()] })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'UnknownError' } })).toBe(false);
    expect(describeSaveError({ name: 'AbortError', inner: quota() })).toMatch(
      /^Your words are still here on the screen\. The device is out of space/,
    );
  });

  it("passes a repository's own words through, since trying again cannot help", () => {
    const entry = new EntryInputError(
      'This entry is longer than Stepwork can keep in one piece. Split it into two entries.',
    );
    expect(entry).toBeInstanceOf(InputError);
    expect(describeSaveError(entry)).toBe(
      'Your words are still here on the screen. This entry is longer than Stepwork can keep in one piece. Split it into two entries.',
    );
    expect(describeSaveError(new TodayInputError('Mood is a whole number from 1 to 5.'))).toMatch(
      /Mood is a whole number/,
    );
    expect(describeSaveError(new TooLongError(['My warning signs'], 20_000))).toContain(
      '“My warning signs” is longer than its box can keep, so only the first 20,000 characters are saved',
    );
  });

  it('names every box that is too long', () => {
    expect(new TooLongError(['First thing', 'Second thing'], 20_000).message).toMatch(
      /^“First thing” and “Second thing” are longer than their boxes can keep.*Shorten them/,
    );
  });

  it('promises to keep trying only for what trying again can fix', () => {
    expect(describeSaveError(new Error('boom'))).toMatch(/Stepwork keeps trying/);
  });
});
