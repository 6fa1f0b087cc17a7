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

const UNCHANGED = 'Your journal on this device has not been changed.';

const MESSAGES: Record<ImportErrorKind, string> = {
  'not-json': `This file is not a Stepwork backup: it is not a data file Stepwork can read. Choose the file that ends in .json that Stepwork saved for you. ${UNCHANGED}`,
  truncated: `This backup file stops part-way through, so it looks cut short (perhaps a download or copy did not finish). Try saving or copying it again. ${UNCHANGED}`,
  'not-stepwork': `This file is not a Stepwork backup. Choose a file Stepwork saved with “Save a backup”. ${UNCHANGED}`,
  newer: `This backup was made by a newer Stepwork than this one. Reload Stepwork to get the newest version, then try again. ${UNCHANGED}`,
  'wrong-passphrase': `That passphrase did not open this backup. Check the passphrase you chose when you saved it, and try again. ${UNCHANGED}`,
  damaged: `Your passphrase opened this backup, but part of the file has been changed or damaged since it was saved, so none of it was brought in. ${UNCHANGED}`,
  invalid: `Part of this backup is missing or not the kind of data Stepwork expects, so none of it was brought in.`,
  'too-large': `This backup is larger than the space this device has for Stepwork. Free some space on the device, then try again. ${UNCHANGED}`,
  hostile: `This file contains names Stepwork never writes (such as “__proto__” or “constructor”), so it was not brought in. It may have been changed outside Stepwork. ${UNCHANGED}`,
  changed: `Your journal changed while the backup was being brought in, so nothing was brought in. Please try again. ${UNCHANGED}`,
  locked: `Your journal locked before the backup was brought in. Unlock it and try again. ${UNCHANGED}`,
};

export class ImportError extends Error {
  readonly kind: ImportErrorKind;

  /** `detail` names where the problem is, for `invalid` (“Journal entries, record 3: day”). */
  constructor(kind: ImportErrorKind, detail?: string) {
    super(
      kind === 'invalid' && detail
        ? `${MESSAGES.invalid} The problem is here: ${detail}. ${UNCHANGED}`
        : kind === 'invalid'
          ? `${MESSAGES.invalid} ${UNCHANGED}`
          : MESSAGES[kind],
    );
    this.name = 'ImportError';
    this.kind = kind;
  }
}
