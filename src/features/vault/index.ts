// What other features use of vault: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { PassphraseField } from './PassphraseField';
export { lockJournal } from './lockSessionSoon';
export { KDF_ITERATIONS, MIN_PASSPHRASE_CHARS, deriveKek, newKdf } from './passphrase';
export {
  AUTO_LOCK_CHOICES,
  AUTO_LOCK_KEY,
  DEFAULT_AUTO_LOCK_MINUTES,
  LOCK_WHEN_LEFT,
} from './useAutoLock';
export { useLockSet } from './useLock';
