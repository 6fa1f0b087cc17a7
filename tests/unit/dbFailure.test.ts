import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyOpenError } from '../../src/app/DbFailure';

describe('sorting a failed open into what a person can act on', () => {
  it('recognises a full device, a newer journal and a browser without storage', () => {
    const quota = new Dexie.OpenFailedError(
      'open failed',
      new DOMException('full', 'QuotaExceededError'),
    );
    expect(classifyOpenError(quota)).toBe('quota');
    expect(classifyOpenError(new DOMException('newer', 'VersionError'))).toBe('newer');
    expect(classifyOpenError(new Dexie.MissingAPIError('no indexedDB'))).toBe('unavailable');
    expect(classifyOpenError(new Error('something else'))).toBe('unknown');
    expect(classifyOpenError('not even an error')).toBe('unknown');
  });
});
