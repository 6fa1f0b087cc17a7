import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { getAmendsItem } from '../../src/features/amends/amendsRepo';
import { saveInventoryItem } from '../../src/features/inventory/classicInventoryRepo';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { useVaultStore } from '../../src/core/vaultStore';
import { everyWordInDb } from '../helpers/everyWordInDb';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(async () => {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
});

/** A radio inside the fieldset whose legend is `question`. */
function answer(question: string | RegExp, choice: string | RegExp) {
  const group = screen.getByRole('group', { name: question });
  return within(group).getByRole('radio', { name: choice });
}

function noSendingControls() {
  const sending = /\b(send|share|e-?mail)/i;
  expect(screen.queryAllByRole('button', { name: sending })).toEqual([]);
  expect(screen.queryAllByRole('link', { name: sending })).toEqual([]);
}

describe('the amends list', () => {
  it('leads from the harm check to an unsent letter, with the person deciding', async () => {
    const { user } = renderApp('/amends');
    expect(await screen.findByRole('heading', { level: 1, name: 'Amends' })).toBeVisible();
    expect(screen.getByText(/Go gently/)).toBeVisible();
    await user.click(await screen.findByRole('link', { name: 'Add someone to the list' }));
    // "Myself" is offered first.
    const who = await screen.findByRole('group', { name: 'Who is this about?' });
    expect(
      within(who)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(['Myself', 'Someone else']);
    await user.type(screen.getByLabelText('Their name, or how you think of them'), 'Sam');
    await user.type(screen.getByLabelText('What happened (optional)'), 'I broke a promise');
    await user.click(
      await screen.findByRole('link', { name: 'Check whether reaching out is safe' }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Is it safe to reach out?' }),
    ).toBeVisible();
    // The heading shows while the item is still opening; the questions come with it.
    expect(
      await screen.findByText('Answer what you can; a suggestion appears here.'),
    ).toBeVisible();
    await user.click(answer(/put you at risk/, 'Yes'));
    const suggestion = screen.getByText(/^A suggestion:/);
    expect(suggestion).toHaveTextContent('A suggestion: An unsent letter.');
    expect(screen.getByText(/Your safety comes first/)).toBeVisible();
    expect(screen.getByText('This is only a suggestion. You decide.')).toBeVisible();
    // Nothing is chosen for the person.
    const kinds = screen.getByRole('group', { name: 'Which kind of amends feels right to you?' });
    expect(
      within(kinds)
        .getAllByRole('radio')
        .filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);
    await user.click(within(kinds).getByRole('radio', { name: /An unsent letter \(suggested\)/ }));
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(await screen.findByText(/Choosing a safe way is itself part/)).toBeVisible();
    noSendingControls();

    await user.click(screen.getByRole('link', { name: 'Write an unsent letter to Sam' }));
    const name = await screen.findByLabelText('Their name');
    expect(name).toHaveValue('Sam');
    await user.type(screen.getByLabelText('What I am sorry for'), 'Breaking my word to you');
    expect(await screen.findByText(/Saved on this device · 5 words/)).toBeVisible();
    noSendingControls();
    await user.click(screen.getByRole('button', { name: 'Finish this letter' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'To Sam' })).toBeVisible();
    expect(screen.getByText('Breaking my word to you')).toBeVisible();

    const [item] = await db.amends.toArray();
    expect(await getAmendsItem(item!.id)).toMatchObject({
      person: 'Sam',
      kind: 'letter',
      harmCheck: { riskToMe: 'yes' },
    });
    const [letter] = await db.letters.toArray();
    expect(letter).toMatchObject({ status: 'finished', amendsId: item!.id });
  }, 30_000);

  it('shows an item made from an inventory harms row, linked back, with no part when done to me', async () => {
    await freshVault();
    await saveInventoryItem({
      id: 'h1',
      list: 'harm',
      subject: 'My brother',
      story: 'He took my savings',
      doneToMe: true,
    });
    const { user } = renderApp('/inventory/classic/harm/h1');
    await user.click(await screen.findByRole('button', { name: 'Add to my amends list' }));
    await user.click(await screen.findByRole('link', { name: 'Open your amends list' }));

    const list = await screen.findByRole('list', { name: 'Your amends list' });
    const row = within(list).getByRole('link', { name: /My brother/ });
    expect(row).toHaveTextContent('Listed, from your inventory');
    await user.click(row);
    const back = await screen.findByRole('link', { name: 'Open the inventory row' });
    expect(back).toHaveAttribute('href', '#/inventory/classic/harm/h1');
    expect(screen.getByText(/^From your inventory/)).toBeVisible();
    expect(await screen.findByText(/there is no part of yours to name here/)).toBeVisible();
    expect(screen.queryByLabelText(/My part/)).toBeNull();
    expect(screen.getByLabelText('What happened (optional)')).toHaveValue('He took my savings');

    await user.click(back);
    expect(await screen.findByRole('heading', { level: 1, name: 'Harms: one row' })).toBeVisible();
  }, 30_000);

  it('puts myself first on the list, and keeps forgiving words and care check-ins', async () => {
    const { user } = renderApp('/amends');
    await user.click(await screen.findByRole('link', { name: 'Add someone to the list' }));
    await user.type(await screen.findByLabelText('Their name, or how you think of them'), 'Alex');
    await screen.findByText('Saved on this device');
    // Clearing the name keeps what was saved and says why, in plain words.
    await user.clear(screen.getByLabelText('Their name, or how you think of them'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Write whom this is about.');
    await user.type(screen.getByLabelText('What happened (optional)'), 'A harsh word');
    await new Promise((resolve) => setTimeout(resolve, 700));
    const [alex] = await db.amends.toArray();
    expect(await getAmendsItem(alex!.id)).toMatchObject({ person: 'Alex', whatHappened: '' });
    await user.type(screen.getByLabelText('Their name, or how you think of them'), 'Alex');
    await waitFor(async () =>
      expect((await getAmendsItem(alex!.id))?.whatHappened).toBe('A harsh word'),
    );
    await user.click(screen.getByRole('link', { name: 'Back to amends' }));
    await user.click(await screen.findByRole('button', { name: 'Put myself first on the list' }));
    expect(await screen.findByText('Myself', { selector: 'p' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back to amends' }));
    const list = await screen.findByRole('list', { name: 'Your amends list' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['MyselfListed', 'AlexListed']),
    );
    expect(screen.queryByRole('button', { name: 'Put myself first on the list' })).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Amends to yourself' }));
    await user.type(
      await screen.findByLabelText('What I forgive myself for'),
      'Hiding when it hurt',
    );
    expect(await screen.findByText(/Being kind to yourself is real work/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add this commitment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Write a few words');
    await user.selectOptions(screen.getByLabelText('Kind of care'), 'Rest');
    await user.type(screen.getByLabelText('What you will do for yourself'), 'Lights out by 11');
    await user.click(screen.getByRole('button', { name: 'Add this commitment' }));
    await user.click(await screen.findByRole('button', { name: 'Check in on “Lights out by 11”' }));
    await user.click(answer('How did “Lights out by 11” go?', 'Partly'));
    await user.type(screen.getByLabelText('A note (optional)'), 'Midnight, but calmer');
    await user.click(screen.getByRole('button', { name: 'Keep this check-in' }));
    const log = await screen.findByRole('list', { name: 'Check-ins for “Lights out by 11”' });
    expect(log).toHaveTextContent(/: Partly — Midnight, but calmer$/);
  }, 30_000);
});

describe('an unsent letter', () => {
  it('is drafted, kept as a draft without a recipient, finished, sealed, unsealed and released for good', async () => {
    const { user } = renderApp('/amends/letters');
    await user.click(await screen.findByRole('link', { name: 'Write an unsent letter' }));
    await user.click(await screen.findByRole('radio', { name: /^To someone I harmed/ }));
    await user.type(
      await screen.findByLabelText('What happened'),
      '<script>alert(1)</script> the marigold winter',
    );
    await user.type(screen.getByLabelText('What I own'), 'My silence');
    expect(await screen.findByText(/Saved on this device · 6 words/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Finish this letter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Write whom this letter is to before you finish it. It is kept as a draft meanwhile.',
    );
    const [draft] = await db.letters.toArray();
    expect(draft?.status).toBe('draft');

    await user.type(screen.getByLabelText('Their name'), 'Robin');
    await user.click(screen.getByRole('button', { name: 'Finish this letter' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'To Robin' })).toBeVisible();
    // What a person types is shown as the characters they typed, never as markup.
    expect(screen.getByText('<script>alert(1)</script> the marigold winter')).toBeVisible();
    expect(document.querySelector('main script')).toBeNull();
    expect(screen.getByText(/That takes courage/)).toBeVisible();
    noSendingControls();

    await user.click(screen.getByRole('button', { name: 'Seal this letter' }));
    expect(await screen.findByText(/^Sealed on .* It is read-only/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Edit again' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect((await db.letters.get(draft!.id))?.status).toBe('sealed');

    // Unsealing asks first; "keep it sealed" changes nothing.
    await user.click(screen.getByRole('button', { name: 'Unseal this letter' }));
    const ask = screen.getByRole('group', { name: 'Unseal this letter?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep it sealed' }));
    expect((await db.letters.get(draft!.id))?.status).toBe('sealed');
    await user.click(screen.getByRole('button', { name: 'Unseal this letter' }));
    await user.click(screen.getByRole('button', { name: 'Yes, unseal it' }));
    expect(await screen.findByRole('button', { name: 'Edit again' })).toBeVisible();
    expect((await db.letters.get(draft!.id))?.status).toBe('finished');

    await user.click(screen.getByRole('button', { name: 'Seal this letter' }));
    await user.click(await screen.findByRole('link', { name: 'Release this letter' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Releasing a letter' }),
    ).toBeVisible();
    expect(await screen.findByText(/take one slow breath/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'I have taken a breath' }));
    expect(
      screen.getByText(
        'Releasing deletes this letter’s words from this device for good. This cannot be undone.',
      ),
    ).toBeVisible();
    expect(answer('What would you like to keep?', /Only a note/)).toBeChecked();
    expect((await everyWordInDb()).includes('marigold')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Release this letter for good' }));
    expect(await screen.findByText(/^Released\. All that remains is a note/)).toBeVisible();

    const everything = await everyWordInDb();
    for (const word of ['marigold', 'Robin', 'silence', 'script']) {
      expect(everything).not.toContain(word);
    }
    expect(await db.letters.get(draft!.id)).toEqual({
      id: draft!.id,
      status: 'released',
      releasedAt: expect.any(Number),
      created: expect.any(Number),
      updated: expect.any(Number),
    });
    await user.click(screen.getByRole('link', { name: 'Back to your letters' }));
    const letters = await screen.findByRole('list', { name: 'Your letters' });
    expect(within(letters).getByText(/^A letter released on \d/)).toBeVisible();
    expect(within(letters).queryByRole('link')).toBeNull();
  }, 30_000);

  it('can be released with no trace at all', async () => {
    const { user } = renderApp('/amends/letters/new/myself');
    await user.type(await screen.findByLabelText('What I wish for myself'), 'Peace');
    await screen.findByText(/Saved on this device/);
    await user.click(screen.getByRole('button', { name: 'Finish this letter' }));
    await user.click(await screen.findByRole('link', { name: 'Release this letter' }));
    await user.click(await screen.findByRole('button', { name: 'I have taken a breath' }));
    await user.click(answer('What would you like to keep?', 'No trace at all'));
    await user.click(screen.getByRole('button', { name: 'Release this letter for good' }));
    expect(await screen.findByText('Released. No trace of it is kept.')).toBeVisible();
    expect(await db.letters.count()).toBe(0);
  }, 30_000);
});
