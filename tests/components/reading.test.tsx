import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSetting } from '../../src/core/settingsRepo';
import { finishLetter, saveLetter } from '../../src/features/amends/lettersRepo';
import { saveInventoryItem } from '../../src/features/inventory/classicInventoryRepo';
import { saveEntry } from '../../src/features/journal/journalRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

/** Words on the screen, not in the copy kept hidden for printing. */
const shown = (text: string | RegExp) =>
  screen.getByText(text, { ignore: '[hidden] *, script, style' });

/** Nothing on a reading page can be typed into or changed. */
function nothingToEdit() {
  expect(screen.queryAllByRole('textbox')).toEqual([]);
  expect(
    document.querySelectorAll('input, textarea, select, [contenteditable="true"]'),
  ).toHaveLength(0);
}

describe('the reading view', () => {
  it('reads a step’s entries one at a time, oldest first, in a size the person keeps', async () => {
    await saveEntry({ id: 'a', title: 'Who I could tell', body: 'Maybe Ana.', step: 5 }, 1000);
    await saveEntry(
      { id: 'b', title: 'What I will say', body: 'The hardest part first.', step: 5 },
      2000,
    );
    const { user } = renderApp('/read/step/5');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Who I could tell' }),
    ).toBeVisible();
    expect(shown('Maybe Ana.')).toBeVisible();
    expect(shown(/1 of 2/)).toBeVisible();
    nothingToEdit();
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next →' }));
    const second = await screen.findByRole('heading', { level: 1, name: 'What I will say' });
    expect(second).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled();

    const size = screen.getByRole('group', { name: 'Text size' });
    expect(within(size).getByText('24 px')).toBeVisible();
    await user.click(within(size).getByRole('button', { name: 'Larger' }));
    expect(await within(size).findByText('28 px')).toBeVisible();
    await waitFor(async () => expect(await getSetting('reading-text-size')).toBe(28));
    expect(screen.getByRole('link', { name: 'Done reading' })).toHaveAttribute('href', '#/steps/5');
  });

  it('says "done to me" plainly and keeps that row’s part out', async () => {
    await saveInventoryItem({
      id: 'h',
      list: 'harm',
      subject: 'My uncle',
      story: 'What he did.',
      doneToMe: true,
    });
    renderApp('/read/inventory/harm');
    expect(await screen.findByRole('heading', { level: 1, name: 'My uncle' })).toBeVisible();
    expect(shown(/This was done to me\. It was not my fault/)).toBeVisible();
    expect(screen.queryByText('My part', { ignore: '[hidden] *' })).toBeNull();
    nothingToEdit();
  });

  it('lists each unsent letter with its kind, so the person knows what they are about to read', async () => {
    await saveLetter({ id: 'a', recipient: 'Mia', kind: 'harmed', sections: { sorry: 'Sorry.' } });
    await saveLetter({ id: 'b', recipient: 'Dad', kind: 'harmed-me', sections: { more: 'No.' } });
    await saveLetter({ id: 'c', recipient: 'Gran', kind: 'lost', sections: { more: 'Miss you.' } });
    await saveLetter({ id: 'd', kind: 'myself', sections: { more: 'Rest now.' } });
    // Written before kinds existed: it reads as a letter to someone I harmed.
    await saveLetter({ id: 'e', recipient: 'Sam', sections: { sorry: 'I am sorry.' } });
    renderApp('/read');
    const amends = await screen.findByRole('heading', { level: 2, name: 'Amends' });
    const list = within(amends.parentElement!).getByRole('list');
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(6));
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent)
        .sort(),
    ).toEqual([
      'An unsent letter to Dad (to someone who harmed me)',
      'An unsent letter to Gran (to someone I lost)',
      'An unsent letter to Mia (to someone I harmed)',
      'An unsent letter to Sam (to someone I harmed)',
      'An unsent letter to myself',
      'Your amends list',
    ]);
  });

  it('offers a letter for printing only, never for saving or sharing', async () => {
    await saveLetter({
      id: 'l',
      recipient: 'Mia',
      sections: { sorry: 'I am sorry I missed your day.' },
    });
    await finishLetter('l');
    const { user } = renderApp('/read/letter/l');
    expect(await screen.findByRole('heading', { level: 1, name: 'A letter to Mia' })).toBeVisible();
    expect(shown('I am sorry I missed your day.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Print' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /save|share|send/i })).toBeNull();
    expect(shown(/A letter stays unsent/)).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Done reading' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'An unsent letter' }),
    ).toBeVisible();
  });

  it('shows the warning before a copy can be saved, and saves only on the person’s tap', async () => {
    await saveEntry({ id: 'a', title: 'Mine', body: 'Words.', step: 5 });
    const { user } = renderApp('/read/entries/a');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine' })).toBeVisible();
    expect(shown(/leaves this device’s protection/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save as a file' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save or share a copy' }));
    expect(shown(/The copy is not encrypted/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save as a file' })).toBeVisible();
  });

  describe('where the phone has a share sheet that takes files', () => {
    const shared: { files: File[]; title: string }[] = [];
    beforeEach(() => {
      shared.length = 0;
      Object.assign(navigator, {
        canShare: (data: { files?: File[] }) =>
          data.files?.every((file) => file.type === 'text/plain') ?? false,
        share: (data: { files: File[]; title: string }) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    afterEach(() => {
      Reflect.deleteProperty(navigator, 'canShare');
      Reflect.deleteProperty(navigator, 'share');
    });

    it('hands the chosen words to it as a file, only on the person’s tap', async () => {
      await saveEntry({ id: 'a', title: 'Mine', body: 'Words to hand over.', step: 5 });
      const { user } = renderApp('/read/entries/a');
      expect(await screen.findByRole('heading', { level: 1, name: 'Mine' })).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Save or share a copy' }));
      expect(shared).toEqual([]);
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      await waitFor(() => expect(shared).toHaveLength(1));
      const [file] = shared[0]!.files;
      expect(file?.name).toBe('stepwork-entries.txt');
      expect(await file?.text()).toContain('Words to hand over.');
    });

    it('never offers it for a letter', async () => {
      await saveLetter({ id: 'l', recipient: 'Mia', sections: { sorry: 'I am sorry.' } });
      await finishLetter('l');
      renderApp('/read/letter/l');
      expect(
        await screen.findByRole('heading', { level: 1, name: 'A letter to Mia' }),
      ).toBeVisible();
      expect(screen.queryByRole('button', { name: /share/i })).toBeNull();
      expect(shared).toEqual([]);
    });
  });
});
