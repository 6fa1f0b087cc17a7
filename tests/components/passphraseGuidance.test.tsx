import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { GENTLE_WORDS } from '../../src/features/vault/guidance/guidance';
import { isLockSet } from '../../src/features/vault/keyRepo';
import { setLock } from '../../src/features/vault/lockRepo';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/core/vaultStore';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

async function openSetLockForm() {
  await db.open();
  await startVault();
  const view = renderApp('/settings/lock');
  const heading = await screen.findByRole('heading', { name: 'Set a passphrase' });
  return { ...view, form: heading.closest('form')! };
}

describe('passphrase guidance', () => {
  beforeEach(resetApp);

  it('warns kindly about a common passphrase, and still lets it be chosen', async () => {
    const { user, form } = await openSetLockForm();
    const field = within(form).getByLabelText('Passphrase');
    await user.type(field, 'password1');

    const warning = await within(form).findByText(/This one is easy to guess: many people use it/);
    expect(warning).toHaveAttribute('aria-live', 'polite');
    expect(warning).toHaveTextContent('would you like a suggestion?');
    // Told in words, and the field points to them, so a screen reader hears them there too.
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(warning.id);
    expect(within(form).getByRole('button', { name: 'Suggest a passphrase' })).toBeVisible();

    await user.type(within(form).getByLabelText('Type it again'), 'password1');
    await user.click(within(form).getByRole('checkbox', { name: /cannot be opened/ }));
    await user.click(within(form).getByRole('button', { name: 'Set the lock' }));
    expect(await screen.findByText(/The lock is set/, {}, { timeout: 10_000 })).toBeVisible();
    expect(await isLockSet()).toBe(true);
  });

  it('says nothing about strength before the minimum length, then follows the typing', async () => {
    const { user, form } = await openSetLockForm();
    const field = within(form).getByLabelText('Passphrase');
    await user.type(field, 'password1');
    expect(await within(form).findByText(/This one is easy to guess/)).toBeVisible();
    // With the estimator loaded, it stays quiet below the eight characters the lock asks for.
    await user.clear(field);
    await user.type(field, 'garden');
    expect(within(form).queryByText(/This one is/)).toBeNull();
    await user.type(field, ' kettle');
    expect(await within(form).findByText(/This one is (fair|easy to guess)/)).toBeVisible();
    await user.type(field, ' under the quiet moon');
    expect(await within(form).findByText(/This one is strong/)).toBeVisible();
  });

  it('offers five gentle words that fill both fields with one tap and stay in view', async () => {
    const { user, form } = await openSetLockForm();
    await user.click(within(form).getByRole('button', { name: 'Suggest a passphrase' }));
    const words = await within(form).findByText(/^([a-z]+ ){4}[a-z]+$/);
    const suggestion = words.textContent ?? '';
    expect(suggestion.split(' ').every((word) => GENTLE_WORDS.includes(word))).toBe(true);
    expect(within(form).getByText(/about 5\d bits of randomness/)).toBeVisible();

    await user.click(within(form).getByRole('button', { name: 'Suggest other words' }));
    const other = within(form).getByText(/^([a-z]+ ){4}[a-z]+$/).textContent ?? '';
    expect(other).not.toBe(suggestion);

    const use = within(form).getByRole('button', { name: 'Use this passphrase' });
    expect(use).toHaveAccessibleDescription(other);
    await user.click(use);
    expect(within(form).getByLabelText('Passphrase')).toHaveValue(other);
    expect(within(form).getByLabelText('Type it again')).toHaveValue(other);
    expect(within(form).getByText(other)).toBeVisible();
    expect(within(form).getByRole('status')).toHaveTextContent(/in both passphrase fields now/);
    expect(await within(form).findByText(/This one is strong/)).toBeVisible();

    await user.click(within(form).getByRole('checkbox', { name: /cannot be opened/ }));
    await user.click(within(form).getByRole('button', { name: 'Set the lock' }));
    expect(await screen.findByText(/The lock is set/, {}, { timeout: 10_000 })).toBeVisible();
  });

  it('guides a changed passphrase too, and clears a taken suggestion once it is changed', async () => {
    await db.open();
    await startVault();
    await setLock('lanterns on the pier', 'lanterns on the pier', { iterations: 1000 });
    useVaultStore.setState({ status: 'starting' }, true);
    const { user } = renderApp('/settings/lock');
    await user.type(await screen.findByLabelText('Passphrase'), 'lanterns on the pier{Enter}');
    const heading = await screen.findByRole(
      'heading',
      { name: 'Change your passphrase' },
      { timeout: 10_000 },
    );
    const form = heading.closest('form')!;

    await user.type(within(form).getByLabelText('New passphrase'), '12345678');
    expect(await within(form).findByText(/This one is easy to guess/)).toBeVisible();
    await user.clear(within(form).getByLabelText('New passphrase'));

    await user.click(within(form).getByRole('button', { name: 'Suggest a passphrase' }));
    await user.click(await within(form).findByRole('button', { name: 'Use this passphrase' }));
    const suggestion = (within(form).getByLabelText('New passphrase') as HTMLInputElement).value;
    expect(suggestion.split(' ')).toHaveLength(5);
    expect(within(form).getByLabelText('Type the new one again')).toHaveValue(suggestion);

    await user.type(within(form).getByLabelText('Current passphrase'), 'lanterns on the pier');
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));
    expect(
      await screen.findByText(/Your passphrase is changed/, {}, { timeout: 10_000 }),
    ).toBeVisible();
    expect(within(form).queryByText(suggestion)).toBeNull();
    expect(within(form).getByRole('button', { name: 'Suggest a passphrase' })).toBeVisible();
  });
});
