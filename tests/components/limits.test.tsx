import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { dayKey } from '../../src/lib/dates';
import { getCheckin } from '../../src/features/today/checkinRepo';
import { MAX_TEXT_CHARS } from '../../src/features/today/inputError';
import { getSafetyPlan, MAX_SECTION_CHARS } from '../../src/features/safety/safetyPlanRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

describe('a box near its limit', () => {
  beforeEach(resetApp);

  it('says how much room is left from 90 %, and is full at its limit', async () => {
    renderApp('/help/safety-plan/edit');
    const signs = await screen.findByLabelText('My warning signs');
    expect(signs).toHaveAttribute('maxlength', String(MAX_SECTION_CHARS));
    fireEvent.change(signs, { target: { value: 'a'.repeat(17_000) } });
    expect(screen.queryByText(/of 20,000 characters/)).not.toBeInTheDocument();

    fireEvent.change(signs, { target: { value: 'a'.repeat(18_500) } });
    expect(screen.getByText('18,500 of 20,000 characters')).toBeInTheDocument();
    expect(screen.getByText(/This box is nearly full/)).toBeInTheDocument();

    fireEvent.change(signs, { target: { value: 'a'.repeat(MAX_SECTION_CHARS) } });
    expect(
      screen.getByText(/20,000 of 20,000 characters\. This box is full\./),
    ).toBeInTheDocument();
  });
});

describe('one box over its limit', () => {
  it('never stops the other sections of the safety plan saving, and names the box', async () => {
    await resetApp();
    const { user } = renderApp('/help/safety-plan/edit');
    const signs = await screen.findByLabelText('My warning signs');
    // Over the limit without typing (typing stops at maxLength): as text from before would be.
    const long = 'w'.repeat(MAX_SECTION_CHARS + 15);
    fireEvent.change(signs, { target: { value: long } });
    await user.type(screen.getByLabelText('My reasons for living'), 'My niece Ada');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your words are still here on the screen. “My warning signs” is longer than its box can keep, so only the first 20,000 characters are saved',
    );
    await expect.poll(async () => (await getSafetyPlan()).plan.reasons).toBe('My niece Ada');
    expect((await getSafetyPlan()).plan.warningSigns).toBe(long.slice(0, MAX_SECTION_CHARS));
    // Every word stays on screen, past the limit too.
    expect(signs).toHaveValue(long);
  });

  it('never stops the rest of a check-in saving', async () => {
    await freshVault();
    const day = dayKey(Date.now());
    const { user } = renderApp(`/today/checkin/${day}`);
    const win = await screen.findByLabelText('One small win', {}, { timeout: 15_000 });
    expect(win).toHaveAttribute('maxlength', String(MAX_TEXT_CHARS));
    fireEvent.change(screen.getByLabelText('First thing'), {
      target: { value: 'g'.repeat(MAX_TEXT_CHARS + 1) },
    });
    await user.type(win, 'cooked dinner');

    expect(await screen.findByRole('alert')).toHaveTextContent('“First thing” is longer');
    await expect.poll(async () => (await getCheckin(day))?.win).toBe('cooked dinner');
    expect((await getCheckin(day))?.gratitude[0]).toHaveLength(MAX_TEXT_CHARS);
  });
});
