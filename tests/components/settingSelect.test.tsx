import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SettingSelect } from '../../src/ui/SettingSelect';

// A setting chosen from a list is written, then read back (a live query in the app): the list
// must show the person's choice in between, and go back to what holds when it could not be kept.

function Setting({ keep }: { keep: (value: string) => Promise<void> }) {
  // What is stored: it follows the choice only once `keep` has finished, as a live query does.
  const [stored, setStored] = useState('calm');
  return (
    <>
      {/* What another tab's choice does: the stored value changes under the list. */}
      <button type="button" onClick={() => setStored('calm')}>
        Chosen elsewhere
      </button>
      <SettingSelect
        label="Colour"
        hint="Shown on Today."
        value={stored}
        onChoose={(value) => keep(value).then(() => setStored(value))}
        failed="Your choice could not be saved just now. Nothing else was changed."
      >
        <option value="calm">Calm</option>
        <option value="warm">Warm</option>
      </SettingSelect>
    </>
  );
}

describe('a setting chosen from a list', () => {
  it('shows the choice while it is kept, and still after', async () => {
    const user = userEvent.setup();
    let finish = () => {};
    render(<Setting keep={() => new Promise<void>((resolve) => (finish = resolve))} />);
    const list = screen.getByRole('combobox', { name: 'Colour' });
    await user.selectOptions(list, 'warm');
    expect(list).toHaveValue('warm');
    finish();
    await screen.findByDisplayValue('Warm');
    expect(list).toHaveValue('warm');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Changed back elsewhere: the list follows what is stored, not the choice made here before.
    await user.click(screen.getByRole('button', { name: 'Chosen elsewhere' }));
    expect(list).toHaveValue('calm');
  });

  it('goes back to what holds and says so plainly when the choice could not be kept', async () => {
    const user = userEvent.setup();
    let fail = (_: Error) => {};
    render(<Setting keep={() => new Promise<void>((_, reject) => (fail = reject))} />);
    const list = screen.getByRole('combobox', { name: 'Colour' });
    await user.selectOptions(list, 'warm');
    expect(list).toHaveValue('warm');
    fail(new Error('QuotaExceededError'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing else was changed.');
    expect(list).toHaveValue('calm');
  });
});
