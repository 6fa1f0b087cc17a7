import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveEntry, trashEntry } from '../../src/features/journal/journalRepo';
import { getStep } from '../../src/features/steps/content';
import { setStatus } from '../../src/features/steps/stepProgressWrites';
import { setTodayShowsWords } from '../../src/features/today/useHome';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

describe('the Today screen', () => {
  it('offers the entry written in most recently today, and not one from another day', async () => {
    await setTodayShowsWords(true);
    const yesterday = Date.now() - 26 * 3600 * 1000;
    await saveEntry({ id: 'old', title: 'From before', body: 'x' }, yesterday);
    await saveEntry({ id: 'a', title: '', body: 'one two three four five six seven eight nine' });
    await saveEntry({ id: 'b', title: 'Morning pages', body: 'y' }, Date.now() - 60_000);
    const { unmount } = renderApp('/');
    const link = await screen.findByRole('link', {
      name: 'Continue writing: one two three four five six seven eight…',
    });
    expect(link).toHaveAttribute('href', '#/journal/a');
    unmount();

    await trashEntry('a');
    renderApp('/');
    expect(
      await screen.findByRole('link', { name: 'Continue writing: Morning pages' }),
    ).toHaveAttribute('href', '#/journal/b');
  });

  it('shows the step being worked on with one of its prompts to write about', async () => {
    await setTodayShowsWords(true);
    await setStatus(4, 'working');
    renderApp('/');
    const step = getStep(4)!;
    const card = (
      await screen.findByRole('heading', { name: `You’re working on Step 4: ${step.title}` })
    ).closest('section')!;
    const write = within(card).getByRole('link', { name: 'Write about this' });
    const prompt = document.getElementById(write.getAttribute('aria-describedby')!)!;
    const shown = step.prompts.find((p) => p.text === prompt.textContent);
    expect(shown).toBeDefined();
    expect(write).toHaveAttribute('href', `#/journal/new/4/${shown!.id}`);
    expect(screen.queryByRole('heading', { name: 'Pick up where you left off' })).toBeNull();
  });
});
