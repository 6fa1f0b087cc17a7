import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveEntry } from '../../src/features/journal/journalRepo';
import { useQuickExit } from '../../src/features/safety/quickExit';
import { getStep } from '../../src/features/steps/content';
import { setStatus } from '../../src/features/steps/stepProgressWrites';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

const FIRST_LINE = 'Tonight I almost called the old dealer';

beforeEach(async () => {
  await freshVault();
  sessionStorage.clear();
  useQuickExit.setState({ exited: false, quiet: false });
  await saveEntry({ id: 'e1', title: '', body: FIRST_LINE });
});

function stepPrompts(): string[] {
  return getStep(4)!.prompts.map((p) => p.text);
}

describe('what Today shows', () => {
  it('shows none of the words unless the person turns them on in Settings', async () => {
    await setStatus(4, 'working');
    const { user } = renderApp('/');
    const link = await screen.findByRole('link', { name: 'Continue your last entry' });
    expect(link).toHaveAttribute('href', '#/journal/e1');
    await screen.findByRole('link', { name: 'See today’s prompt' });
    expect(document.body.textContent).not.toContain('dealer');
    for (const prompt of stepPrompts()) expect(document.body.textContent).not.toContain(prompt);

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const choice = await screen.findByRole('checkbox', { name: 'Show words on Today' });
    expect(choice).not.toBeChecked();
    expect(choice).toHaveAccessibleDescription(/a glance at your phone shows nothing you wrote/);
    // The box can be ticked once the stored choice is read.
    await waitFor(() => expect(choice).toBeEnabled());
    await user.click(choice);
    // The choice is kept on the device; the box follows what was kept.
    await waitFor(() => expect(choice).toBeChecked());

    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Today',
      }),
    );
    expect(
      await screen.findByRole('link', { name: `Continue writing: ${FIRST_LINE}` }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Write about this' })).toBeInTheDocument();
  });

  it('after Quick exit and Continue, shows nothing written until the person opens it', async () => {
    const { setTodayShowsWords } = await import('../../src/features/today/useHome');
    await setTodayShowsWords(true);
    const { user } = renderApp('/');
    await screen.findByRole('link', { name: `Continue writing: ${FIRST_LINE}` });

    await user.click(screen.getByRole('button', { name: 'Quick exit' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const link = await screen.findByRole('link', { name: 'Continue your last entry' });
    expect(document.body.textContent).not.toContain('dealer');

    await user.click(link);
    expect(await screen.findByLabelText('Your words')).toHaveValue(FIRST_LINE);
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Today',
      }),
    );
    expect(
      await screen.findByRole('link', { name: `Continue writing: ${FIRST_LINE}` }),
    ).toBeInTheDocument();
  });
});
