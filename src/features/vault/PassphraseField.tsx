import { useId } from 'react';
import { TextField } from '../../ui/FormParts';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  /** Id of more words about this field, such as a strength estimate. */
  describedBy?: string;
}

/** A passphrase box: the kit's text field, hidden as it is typed, with the password token. */
export function PassphraseField(props: Props) {
  return <TextField formId={useId()} name="passphrase" type="password" {...props} />;
}
