import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSafetyPlan } from '../../src/features/safety/safetyPlanRepo';
import { emptySafetyPlan } from '../../src/features/safety/safetyPlanSections';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

describe('reading the safety plan', () => {
  it('opens to read, one part at a time or whole, with changing it one tap away', async () => {
    await saveSafetyPlan({
      ...emptySafetyPlan(),
      warningSigns: 'Not sleeping.\nSkipping meetings.',
      askForHelp: 'Sam, my sponsor',
      reasons: 'My niece Ada',
    });
    const { user } = renderApp('/help');
    await user.click(await screen.findByRole('link', { name: /My safety plan/ }));

    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'My warning signs' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Part 1 of 3')).toBeInTheDocument();
    expect(screen.getByText(/Not sleeping\.\s+Skipping meetings\./)).toBeInTheDocument();
    // Reading, not editing: no box to type in, and empty parts are left out.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByText('Things I can do on my own')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Previous' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const second = screen.getByRole('heading', { level: 2, name: 'People I can ask for help' });
    expect(second).toHaveFocus();
    expect(screen.getByText('Sam, my sponsor')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Part 3 of 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByText('Sam, my sponsor')).toBeInTheDocument();

    const whole = screen.getByRole('button', { name: 'The whole plan' });
    await user.click(whole);
    expect(whole).toHaveAttribute('aria-pressed', 'true');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'My warning signs',
      'People I can ask for help',
      'My reasons for living',
    ]);

    await user.click(screen.getByRole('link', { name: 'Change my plan' }));
    expect(await screen.findByLabelText('My reasons for living')).toHaveValue('My niece Ada');
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Read my plan' }));
    expect(await screen.findByText('Part 1 of 3')).toBeInTheDocument();
  });

  it('says kindly that an empty plan is empty, and offers to write it', async () => {
    renderApp('/help/safety-plan');
    expect(
      await screen.findByText(/Your plan has no words in it yet/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Write my plan' })).toHaveAttribute(
      'href',
      '#/help/safety-plan/edit',
    );
  });
});
