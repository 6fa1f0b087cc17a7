import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { dayKey } from '../../src/lib/dates';
import { getCheckin } from '../../src/features/today/checkinRepo';
import { saveContact } from '../../src/features/safety/contactWrites';
import {
  finishEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

const CARD = 'A few things for a hard moment';

async function openCheckin() {
  const view = renderApp('/today/checkin');
  // The first lazy screen can take seconds on a loaded machine (see setup.ts).
  await screen.findByRole('heading', { name: 'Today’s check-in' }, { timeout: 15_000 });
  await screen.findByRole('group', { name: 'How are you feeling?' });
  return view;
}

const cravings = () => screen.getByRole('group', { name: 'Cravings or urges today' });
const card = () => screen.queryByRole('region', { name: CARD });

describe('the check-in at a hard moment', () => {
  it('offers help in place when cravings are strong, lets the person close it, and keeps what helped', async () => {
    await saveContact({ name: 'Sam', relation: 'sponsor', phone: '+44 7700 900123', note: '' });
    const { user, unmount } = await openCheckin();
    expect(card()).toBeNull();

    await user.click(within(cravings()).getByRole('radio', { name: '7' }));
    expect(card()).toBeNull();
    const nine = within(cravings()).getByRole('radio', { name: '9' });
    await user.click(nine);

    const region = await screen.findByRole('region', { name: CARD });
    // Announced politely, and the person stays where they were.
    expect(
      screen.getAllByRole('status').some((s) => /hard moment are now below/.test(s.textContent!)),
    ).toBe(true);
    expect(nine).toHaveFocus();
    expect(screen.queryByRole('dialog')).toBeNull();

    const inCard = within(region);
    expect(inCard.getByRole('link', { name: 'Breathe with a guide' })).toHaveAttribute(
      'href',
      '#/help/breathing',
    );
    expect(
      inCard.getByRole('link', { name: 'Ground yourself one sense at a time' }),
    ).toHaveAttribute('href', '#/help/grounding');
    expect(inCard.getByRole('link', { name: 'Read my safety plan' })).toHaveAttribute(
      'href',
      '#/help/safety-plan',
    );
    expect(inCard.getByRole('link', { name: 'Read my staying-well plan' })).toHaveAttribute(
      'href',
      '#/help/staying-well',
    );
    expect(await inCard.findByRole('link', { name: 'Call Sam' })).toHaveAttribute(
      'href',
      'tel:+447700900123',
    );
    expect(inCard.getByRole('link', { name: 'Text Sam' })).toBeInTheDocument();
    expect(inCard.getByText('Crisis lines')).toBeInTheDocument();

    await user.click(inCard.getByRole('button', { name: 'Close this for now' }));
    expect(card()).toBeNull();
    const helped = screen.getByLabelText('What helped, if anything? (optional)');
    await user.type(helped, 'texting Sam and a hot shower');

    const today = dayKey(Date.now());
    await waitFor(async () =>
      expect((await getCheckin(today))?.whatHelped).toBe('texting Sam and a hot shower'),
    );
    expect(await getCheckin(today)).toMatchObject({ craving: 9, hardMomentClosed: true });
    // Sealed with the rest of the check-in: nothing of it in the clear.
    const row = await db.checkins.get(`checkin-${today}`);
    expect(JSON.stringify(row)).not.toMatch(/shower|hardMoment|whatHelped/);
    unmount();

    // Closed for the day: coming back does not ask again, and the words are there.
    const again = await openCheckin();
    expect(await screen.findByLabelText('What helped, if anything? (optional)')).toHaveValue(
      'texting Sam and a hot shower',
    );
    expect(card()).toBeNull();
    // What helped is found again in the history of check-ins.
    await again.user.click(screen.getByRole('link', { name: 'Past check-ins' }));
    expect(
      await screen.findByText(/what helped: texting Sam and a hot shower/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await again.user.click(screen.getByRole('link', { name: 'Open today’s check-in' }));
    await screen.findByLabelText('What helped, if anything? (optional)');
    await again.user.click(
      screen.getByRole('button', { name: 'Show the things for a hard moment again' }),
    );
    expect(await screen.findByRole('region', { name: CARD })).toBeInTheDocument();
  });

  it('answers "Really hard" and three HALT boxes, and stays quiet at two', async () => {
    const { user } = await openCheckin();
    await user.click(screen.getByRole('radio', { name: 'Really hard' }));
    expect(await screen.findByRole('region', { name: CARD })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Hard' }));
    expect(card()).toBeNull();

    const halt = screen.getByRole('group', { name: /HALT/ });
    await user.click(within(halt).getByRole('checkbox', { name: 'Angry' }));
    await user.click(within(halt).getByRole('checkbox', { name: 'Lonely' }));
    expect(card()).toBeNull();
    await user.click(within(halt).getByRole('checkbox', { name: 'Tired' }));
    expect(await screen.findByRole('region', { name: CARD })).toBeInTheDocument();
  });

  it('offers people to add when none are kept, and holds back the crisis lines the person hid', async () => {
    const { setSetting } = await import('../../src/core/settingsRepo');
    await setSetting('crisisLinesHidden', true);
    const { user } = await openCheckin();
    await user.click(within(cravings()).getByRole('radio', { name: '10' }));
    const region = await screen.findByRole('region', { name: CARD });
    expect(await within(region).findByRole('link', { name: 'Add someone' })).toBeInTheDocument();
    await user.click(within(region).getByText('Crisis lines'));
    expect(
      await within(region).findByText(/You chose to hide the built-in crisis lines/),
    ).toBeVisible();
    expect(within(region).queryByText('Lines in other countries')).toBeNull();
  });
});

describe('a finished emotion inventory', () => {
  async function finished(feelings: { feelingId: string; intensity: number }[]) {
    const id = crypto.randomUUID();
    await saveEmotionInventory({ id, feelings, whatHappened: 'the phone call' });
    await finishEmotionInventory(id);
    return id;
  }

  it('offers the same help when a painful feeling is strong, and closes on request', async () => {
    const id = await finished([
      { feelingId: 'afraid', intensity: 9 },
      { feelingId: 'hopeful', intensity: 3 },
    ]);
    const { user } = renderApp(`/inventory/emotions/${id}`);
    const region = await screen.findByRole('region', { name: CARD }, { timeout: 15_000 });
    await user.click(within(region).getByRole('button', { name: 'Close this for now' }));
    expect(card()).toBeNull();
    expect(screen.getByText('the phone call')).toBeInTheDocument();
  });

  it('stays quiet when only comfortable feelings are strong', async () => {
    const id = await finished([
      { feelingId: 'afraid', intensity: 7 },
      { feelingId: 'hopeful', intensity: 10 },
    ]);
    renderApp(`/inventory/emotions/${id}`);
    expect(await screen.findByText('the phone call', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(card()).toBeNull();
  });
});
