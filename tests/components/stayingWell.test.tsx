import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { dayKey } from '../../src/lib/dates';
import { getCheckin } from '../../src/features/today/checkinRepo';
import {
  getStayingWell,
  saveStayingWell,
  STAYING_WELL_ID,
} from '../../src/features/safety/stayingWellRepo';
import { emptyStayingWell } from '../../src/features/safety/stayingWellSections';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

const main = () => within(screen.getByRole('main'));

describe('the staying-well plan', () => {
  it('is written from Help now, saved sealed, and read one part at a time', async () => {
    const { user } = renderApp('/help');
    await user.click(await screen.findByRole('link', { name: /My staying-well plan/ }));
    // The first lazy screen can take seconds on a loaded machine (see setup.ts).
    expect(
      await screen.findByText(/Your plan has no words in it yet/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Write my plan' }));

    const triggers = await screen.findByLabelText('My triggers and risky times');
    expect(triggers).toHaveAccessibleDescription(/can stir up an urge/);
    expect(screen.getByLabelText('If I slip')).toHaveAccessibleDescription(
      /A slip is part of many people’s road/,
    );
    await user.type(triggers, 'Payday Fridays');
    await user.type(screen.getByLabelText('If I slip'), 'Call Marisol. Be gentle with me.');
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await getStayingWell()).plan.afterSlip).toBe('Call Marisol. Be gentle with me.'),
    );
    expect((await getStayingWell()).plan.triggers).toBe('Payday Fridays');
    const row = await db.documents.get(STAYING_WELL_ID);
    expect(new TextDecoder('latin1').decode(row!.sealed.data)).not.toMatch(/Payday|Marisol/);

    await user.click(main().getByRole('link', { name: 'Read my plan' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'My triggers and risky times' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Part 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('Payday Fridays')).toBeInTheDocument();
    // Reading, not editing; parts with no words are left out.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByText('Places that help me stay well')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 2, name: 'If I slip' })).toHaveFocus();
    expect(screen.getByText('Call Marisol. Be gentle with me.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change my plan' })).toHaveAttribute(
      'href',
      '#/help/staying-well/edit',
    );
  });

  it('is one tap from Today', async () => {
    const { user } = renderApp('/');
    const quick = await screen.findByRole(
      'navigation',
      { name: 'Quick ways' },
      { timeout: 15_000 },
    );
    await user.click(within(quick).getByRole('link', { name: 'Your staying-well plan' }));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'My staying-well plan' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  });

  it('takes the triggers named in a check-in in one tap, without the ones it has', async () => {
    await saveStayingWell({ ...emptyStayingWell(), triggers: 'Payday', whatHelps: 'A walk' });
    const { user } = renderApp('/today/checkin');
    const box = await screen.findByLabelText(
      'What set them off? (optional)',
      {},
      { timeout: 15_000 },
    );
    // Nothing named, nothing to add.
    expect(screen.queryByRole('button', { name: 'Add to my staying-well plan' })).toBeNull();
    await user.type(box, 'payday{Enter}A long day alone');
    await user.click(screen.getByRole('button', { name: 'Add to my staying-well plan' }));

    expect(await screen.findByText('Added to your staying-well plan.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to my staying-well plan' })).toBeNull();
    expect((await getStayingWell()).plan).toMatchObject({
      triggers: 'Payday\nA long day alone',
      whatHelps: 'A walk',
    });
    // The check-in keeps its own words as they were typed.
    await waitFor(async () =>
      expect((await getCheckin(dayKey(Date.now())))?.triggers).toBe('payday\nA long day alone'),
    );

    // Changed words can be added again; words already there are said to be there.
    await user.clear(box);
    await user.type(box, 'PAYDAY');
    await user.click(screen.getByRole('button', { name: 'Add to my staying-well plan' }));
    expect(
      await screen.findByText('Your staying-well plan already names these.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Read my staying-well plan' }));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'My staying-well plan' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  });
});
