import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { getLetter } from '../../src/features/amends/lettersRepo';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { useVaultStore } from '../../src/core/vaultStore';
import { renderApp } from '../helpers/renderApp';

beforeEach(async () => {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
});

const kinds = () => screen.getByRole('group', { name: 'What kind of letter is this?' });

describe('choosing the kind of an unsent letter first', () => {
  it('shows no parts until a kind is chosen, then only that kind’s parts', async () => {
    const { user } = renderApp('/amends/letters/new');
    await screen.findByRole('group', { name: 'What kind of letter is this?' });
    const radios = within(kinds()).getAllByRole('radio');
    ['To someone I harmed', 'To myself', 'To someone who harmed me', 'To someone I lost'].forEach(
      (name, i) => {
        const radio = within(kinds()).getByRole('radio', { name: new RegExp(`^${name}`) });
        expect(radio).toBe(radios[i]);
        expect(radio).not.toBeChecked();
      },
    );
    expect(screen.queryByRole('textbox')).toBeNull();

    await user.click(within(kinds()).getByRole('radio', { name: /^To someone I lost/ }));
    expect(await screen.findByLabelText('What I miss')).toBeVisible();
    expect(screen.getByLabelText('What I never got to say')).toBeVisible();
    expect(screen.queryByLabelText('What I am sorry for')).toBeNull();
  });

  it('writes to someone who harmed me: safety first, no apology, never sent', async () => {
    const { user } = renderApp('/amends/letters/new');
    await user.click(await screen.findByRole('radio', { name: /^To someone who harmed me/ }));
    expect(screen.getByText(/What they did was not your fault/)).toBeVisible();
    expect(screen.getByText(/you never need to send it, show it or meet them/)).toBeVisible();
    // Never apology-shaped, never asking for "my part".
    for (const apology of [/sorry/i, /what I own/i, /my part/i, /from where they stood/i]) {
      expect(screen.queryByLabelText(apology)).toBeNull();
    }
    await user.type(screen.getByLabelText('Their name'), 'J.');
    await user.type(screen.getByLabelText('What it cost me'), 'Years of sleep');
    await user.type(screen.getByLabelText('What I take back'), 'My voice');
    await user.type(screen.getByLabelText('What I let go'), 'Waiting for them to understand');
    await screen.findByText(/Saved on this device/);
    await user.click(screen.getByRole('button', { name: 'Finish this letter' }));

    const letter = await screen.findByRole('article', { name: 'Your letter' });
    expect(within(letter).getByRole('heading', { name: 'To J.' })).toBeVisible();
    expect(within(letter).getByText('An unsent letter, to someone who harmed me')).toBeVisible();
    expect(within(letter).getByText('What I take back')).toBeVisible();
    expect(within(letter).getByText('My voice')).toBeVisible();
    expect(screen.queryAllByRole('button', { name: /\b(send|share|e-?mail)/i })).toEqual([]);

    const [row] = await db.letters.toArray();
    expect(await getLetter(row!.id)).toMatchObject({
      kind: 'harmed-me',
      recipient: 'J.',
      sections: { cost: 'Years of sleep', takeBack: 'My voice' },
    });
  }, 30_000);

  it('starts a letter to myself as one of forgiveness and care', async () => {
    const { user } = renderApp('/amends/letters/new/myself');
    expect(await screen.findByRole('radio', { name: /^To myself/ })).toBeChecked();
    expect(screen.queryByLabelText('Their name')).toBeNull();
    await user.type(screen.getByLabelText('What I forgive myself for'), 'Not knowing then');
    await screen.findByText(/Saved on this device/);
    const [row] = await db.letters.toArray();
    expect(await getLetter(row!.id)).toMatchObject({ kind: 'myself', toMyself: true });
  });
});
