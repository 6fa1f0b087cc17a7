import { screen, waitFor, within } from '@testing-library/react';
import { format } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { getEntry, saveEntry } from '../../src/features/journal/journalRepo';
import { getProgress } from '../../src/features/steps/stepProgressRepo';
import { setStatus } from '../../src/features/steps/stepProgressWrites';
import { useVaultStore } from '../../src/core/vaultStore';
import { renderApp } from '../helpers/renderApp';

beforeEach(async () => {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
});

describe('a step page', () => {
  it('writes against a step 1 prompt and finds the entry on the step page', async () => {
    const { user } = renderApp('/steps/1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Admit powerlessness' }),
    ).toBeInTheDocument();
    const prompts = screen.getAllByRole('link', { name: 'Write about this' });
    expect(prompts.length).toBeGreaterThanOrEqual(4);
    const region = screen.getByRole('region', { name: 'Your entries for this step' });
    expect(await within(region).findByText(/Nothing written here yet/)).toBeInTheDocument();

    const promptText = document.getElementById(
      prompts[0]!.getAttribute('aria-describedby')!,
    )?.textContent;
    await user.click(prompts[0]!);
    const body = await screen.findByLabelText('Your words');
    // The prompt stays in view above the text.
    expect(screen.getByText(promptText!)).toBeInTheDocument();
    await user.type(body, 'It was not my fault.\nI am starting to believe that.');
    expect(await screen.findByText(/Saved on this device/)).toBeInTheDocument();

    const rows = await db.entries.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.step).toBe(1);
    expect((await getEntry(rows[0]!.id))?.promptId).toBe('s1-p1');

    await user.click(screen.getByRole('link', { name: /Step 1/ }));
    const entries = await screen.findByRole('list', { name: 'Your entries for this step' });
    const link = within(entries).getByRole('link', { name: /It was not my fault\./ });
    expect(link).toHaveAttribute('href', `#/journal/${rows[0]?.id}`);
    expect(within(link).getByText('Today')).toBeInTheDocument();
    expect(within(link).queryByText(/starting to believe/)).toBeNull();
  });

  it('offers free writing about the step', async () => {
    const { user } = renderApp('/steps/3');
    await user.click(await screen.findByRole('link', { name: 'Write freely about this step' }));
    expect(await screen.findByLabelText('Your words')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Step 3/ })).toHaveAttribute('href', '#/steps/3');
  });

  it('records a change of status and shows the history with its date', async () => {
    const { user } = renderApp('/steps/4');
    const group = await screen.findByRole('group', { name: 'Where you are with this step' });
    expect(within(group).getByRole('radio', { name: 'Not started' })).toBeChecked();
    expect(screen.queryByRole('list', { name: 'When it changed' })).toBeNull();

    await user.click(within(group).getByRole('radio', { name: 'Working on it' }));
    const history = await screen.findByRole('list', { name: 'When it changed' });
    const today = format(new Date(), 'd MMMM yyyy');
    const changes = within(history).getAllByRole('listitem');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toHaveTextContent(`Working on it, ${today}`);
    expect(within(changes[0]!).getByText(today).tagName).toBe('TIME');

    const revisiting = within(group).getByRole('radio', { name: 'Revisiting' });
    expect(revisiting).toHaveAccessibleDescription('Coming back to a step is part of the work.');
    await user.click(revisiting);
    expect(await within(history).findByText('Revisiting')).toBeInTheDocument();
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([`Working on it, ${today}`, `Revisiting, ${today}`]);
    expect(revisiting).toBeChecked();
    expect((await db.stepProgress.get('step-4'))?.status).toBe('revisiting');
  });

  it('keeps a short note on the step as it is written, sealed, even when left by a link at once', async () => {
    const { user } = renderApp('/steps/6');
    const note = await screen.findByLabelText('A note for yourself (optional)');
    await user.type(note, 'Letting go of the anger at my brother, slowly');
    // No button, no pause: straight to another screen.
    await user.click(screen.getByRole('link', { name: 'Journal' }));
    await screen.findByRole('heading', { level: 1, name: /journal/i });
    await waitFor(async () =>
      expect((await getProgress(6))?.note).toBe('Letting go of the anger at my brother, slowly'),
    );
    const row = await db.stepProgress.get('step-6');
    expect(row?.status).toBe('not-started');
    expect(JSON.stringify(row)).not.toContain('brother');

    await user.click(screen.getByRole('link', { name: 'Steps' }));
    await user.click(await screen.findByRole('link', { name: /Step 6/ }));
    const again = await screen.findByLabelText('A note for yourself (optional)');
    expect(again).toHaveValue('Letting go of the anger at my brother, slowly');
    // The note's own save line (each exercise's worksheet has one too).
    expect(within(again.closest('form')!).getByText('Saves as you write')).toBeInTheDocument();
  });

  it('on a heavy step, offers a pause before the exercises and links to its tools', async () => {
    renderApp('/steps/4');
    const exercises = await screen.findByRole('region', { name: 'Exercises' });
    expect(within(exercises).getByText(/Go gently/)).toBeInTheDocument();
    expect(within(exercises).getByRole('link', { name: /Help now/ })).toHaveAttribute(
      'href',
      '#/help',
    );
    expect(screen.getByRole('link', { name: 'Take an emotion inventory' })).toHaveAttribute(
      'href',
      '#/inventory',
    );
    expect(screen.getByRole('link', { name: 'A letter to myself' })).toHaveAttribute(
      'href',
      '#/inventory/letter',
    );
    const nav = screen.getByRole('navigation', { name: 'Other steps' });
    expect(within(nav).getByRole('link', { name: /Step 3/ })).toHaveAttribute('href', '#/steps/3');
    expect(within(nav).getByRole('link', { name: /Step 5/ })).toHaveAttribute('href', '#/steps/5');
  });

  it('says kindly that there is no such step, with a way to the steps', async () => {
    for (const address of ['/steps/13', '/steps/0', '/steps/one']) {
      const { user, unmount } = renderApp(address);
      expect(
        await screen.findByRole('heading', { name: 'There is no step here' }),
      ).toBeInTheDocument();
      expect(screen.getByText(/Nothing you wrote is affected/)).toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'See all twelve steps' }));
      expect(await screen.findByRole('heading', { name: 'The twelve steps' })).toBeInTheDocument();
      unmount();
    }
  });
});

describe('the steps overview', () => {
  it('lists all twelve steps in order, each with the status and how many entries it holds', async () => {
    renderApp('/steps');
    const list = await screen.findByRole('list', { name: 'The twelve steps' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(
      within(items[0]!).getByRole('link', { name: 'Step 1: Admit powerlessness' }),
    ).toHaveAttribute('href', '#/steps/1');
    expect(within(items[11]!).getByRole('link', { name: /^Step 12:/ })).toBeInTheDocument();
    expect(await within(items[1]!).findByText('Not started')).toBeInTheDocument();
    expect(within(items[1]!).getByText('No entries yet')).toBeInTheDocument();

    await setStatus(2, 'working');
    await saveEntry({ id: 'a', body: 'Hope, a little', step: 2 });
    await saveEntry({ id: 'b', body: 'More hope', step: 2 });
    await saveEntry({ id: 'c', body: 'One for step 4', step: 4 });

    expect(await within(items[1]!).findByText('Working on it')).toBeInTheDocument();
    expect(await within(items[1]!).findByText('2 entries')).toBeInTheDocument();
    expect(await within(items[3]!).findByText('1 entry')).toBeInTheDocument();
    expect(within(items[3]!).getByText('Not started')).toBeInTheDocument();
  });
});
