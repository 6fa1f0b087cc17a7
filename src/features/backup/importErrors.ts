import { msg, t } from '../../core/i18n/language';

/** Every way a backup file can be refused, each with words a person can act on (DESIGN.md rule
 * 10). Every message says that the journal on this device was not changed. */
export type ImportErrorKind =
  | 'not-json'
  | 'truncated'
  | 'not-stepwork'
  | 'newer'
  | 'wrong-passphrase'
  | 'damaged'
  | 'invalid'
  | 'too-large'
  | 'hostile'
  | 'changed'
  | 'locked';

const UNCHANGED = msg('Your journal on this device has not been changed.');

// Each says what happened and what to do; the line that nothing changed follows every one.
const MESSAGES: Record<ImportErrorKind, string> = {
  'not-json': msg(
    'This file is not a Stepwork backup: it is not a data file Stepwork can read. Choose the file that ends in .json that Stepwork saved for you.',
  ),
  truncated: msg(
    'This backup file stops part-way through, so it looks cut short (perhaps a download or copy did not finish). Try saving or copying it again.',
  ),
  'not-stepwork': msg(
    'This file is not a Stepwork backup. Choose a file Stepwork saved with “Save a backup”.',
  ),
  newer: msg(
    'This backup was made by a newer Stepwork than this one. Reload Stepwork to get the newest version, then try again.',
  ),
  'wrong-passphrase': msg(
    'That passphrase did not open this backup. Check the passphrase you chose when you saved it, and try again.',
  ),
  damaged: msg(
    'Your passphrase opened this backup, but part of the file has been changed or damaged since it was saved, so none of it was brought in.',
  ),
  invalid: msg(
    'Part of this backup is missing or not the kind of data Stepwork expects, so none of it was brought in.',
  ),
  'too-large': msg(
    'This backup is larger than the space this device has for Stepwork. Free some space on the device, then try again.',
  ),
  hostile: msg(
    'This file contains names Stepwork never writes (such as “__proto__” or “constructor”), so it was not brought in. It may have been changed outside Stepwork.',
  ),
  changed: msg(
    'Your journal changed while the backup was being brought in, so nothing was brought in. Please try again.',
  ),
  locked: msg('Your journal locked before the backup was brought in. Unlock it and try again.'),
};

/** The refusal in the person's language, when it happens; `detail` is already in it. */
function refusal(kind: ImportErrorKind, detail: string | undefined): string {
  const where =
    kind === 'invalid' && detail ? [t('The problem is here: {detail}.', { detail })] : [];
  return [t(MESSAGES[kind]), ...where, t(UNCHANGED)].join(' ');
}

export class ImportError extends Error {
  readonly kind: ImportErrorKind;

  /** `detail` names where the problem is, for `invalid` (“Journal entries, record 3: day”). */
  constructor(kind: ImportErrorKind, detail?: string) {
    super(refusal(kind, detail));
    this.name = 'ImportError';
    this.kind = kind;
  }
}
