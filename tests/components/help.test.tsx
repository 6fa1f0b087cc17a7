import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { listContacts } from '../../src/features/safety/contactsRepo';
import { saveContact } from '../../src/features/safety/contactWrites';
import { getSafetyPlan, SAFETY_PLAN_ID } from '../../src/features/safety/safetyPlanRepo';
import { CRISIS_LINES_HIDDEN_KEY } from '../../src/features/safety/useSafety';
import { freshVault } from '../helpers/freshVault';
import { sealUnchecked } from '../helpers/journalRecords';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

/** Every stored byte of a table, as text, to show that words do not sit there in the clear. */
async function storedText(table: 'contacts' | 'documents'): Promise<string> {
  const rows = await db.table(table).toArray();
  return rows
    .map((row) => JSON.stringify(row) + new TextDecoder('latin1').decode(row.sealed.data))
    .join('\n');
}

describe('Help now', () => {
  beforeEach(resetApp);
  afterEach(() => vi.unstubAllGlobals());

  it('is one tap from any screen, and guides 5-4-3-2-1 one sense at a time', async () => {
    const { user } = renderApp('/journal');
    await user.click(await screen.findByRole('link', { name: 'Help now' }));
    await user.click(await screen.findByRole('link', { name: /Ground yourself/ }));
    const titles = [
      'Five things you can see',
      'Four things you can touch',
      'Three things you can hear',
      'Two things you can smell',
      'One thing you can taste',
    ];
    for (const [i, title] of titles.entries()) {
      const heading = await screen.findByRole('heading', { level: 2, name: title });
      expect(screen.getByText(`Step ${i + 1} of 5`)).toBeInTheDocument();
      if (i > 0) expect(heading).toHaveFocus();
      if (i === 1) {
        // Going back works, and forward again.
        await user.click(screen.getByRole('button', { name: 'Back' }));
        await screen.findByRole('heading', { name: titles[0] });
        await user.click(screen.getByRole('button', { name: 'Next' }));
        await screen.findByRole('heading', { name: title });
      }
      await user.click(screen.getByRole('button', { name: i < 4 ? 'Next' : 'Done' }));
    }
    expect(await screen.findByRole('heading', { name: 'You did it' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await screen.findByRole('heading', { name: titles[0] })).toBeInTheDocument();
  });

  it('offers breathing as text only when the system asks for less motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    const { user, container, unmount } = renderApp('/help/breathing');
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(screen.getByText('Breathe in for 4.')).toBeInTheDocument();
    expect(container.querySelector('.breathing__circle')).toBeNull();
    unmount();

    vi.stubGlobal('matchMedia', () => ({
      matches: false,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    const second = renderApp('/help/breathing');
    await second.user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(second.container.querySelector('.breathing__circle--in')).not.toBeNull();
    await second.user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(second.container.querySelector('.breathing__circle')).toBeNull();
  });

  it('moves the breathing words on by the clock: in 4, hold 4, out 6', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      renderApp('/help/breathing');
      // vi.waitFor's own budget is 1 s, short for a loaded machine; the screen's is 10 s.
      const start = await vi.waitFor(() => screen.getByRole('button', { name: 'Start' }), {
        timeout: 10_000,
      });
      act(() => start.click());
      expect(screen.getByText('Breathe in for 4.')).toBeInTheDocument();
      act(() => void vi.advanceTimersByTime(4000));
      expect(screen.getByText('Hold for 4.')).toBeInTheDocument();
      act(() => void vi.advanceTimersByTime(4000));
      expect(screen.getByText('Breathe out for 6.')).toBeInTheDocument();
      act(() => void vi.advanceTimersByTime(6000));
      expect(screen.getByText('Breathe in for 4.')).toBeInTheDocument();
      expect(screen.getByText('1 breath so far.')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hides and shows the crisis lines, and remembers the choice', async () => {
    const { user, unmount } = renderApp('/help');
    const calls = await screen.findAllByRole('link', { name: 'Call 988' });
    expect(calls).toHaveLength(2);
    expect(calls[0]).toHaveAttribute('href', 'tel:988');
    // The tests' zone is Europe/London: the United Kingdom's lines come first.
    expect(screen.getAllByRole('group', { name: /^Lines in / })[0]).toHaveAccessibleName(
      'Lines in United Kingdom',
    );
    await user.click(screen.getByRole('button', { name: 'Hide crisis lines' }));
    expect(await screen.findByRole('button', { name: 'Show crisis lines' })).toBeInTheDocument();
    expect(screen.queryAllByRole('link', { name: 'Call 988' })).toEqual([]);
    unmount();

    const again = renderApp('/help');
    expect(await screen.findByRole('button', { name: 'Show crisis lines' })).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'Show crisis lines' }));
    expect(await screen.findAllByRole('link', { name: 'Call 988' })).toHaveLength(2);
  });
});

describe('hiding the crisis lines when the choice cannot be kept', () => {
  beforeEach(resetApp);

  it('says so and keeps the lines on screen', async () => {
    const { user } = renderApp('/help');
    await screen.findAllByRole('link', { name: 'Call 988' });
    // The write fails inside IndexedDB, as a full disk makes it.
    const refuse = (): undefined => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.settings.hook('creating', refuse);
    db.settings.hook('updating', refuse);
    try {
      await user.click(screen.getByRole('button', { name: 'Hide crisis lines' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'That could not be changed just now.',
      );
    } finally {
      db.settings.hook('creating').unsubscribe(refuse);
      db.settings.hook('updating').unsubscribe(refuse);
    }
    expect(screen.getAllByRole('link', { name: 'Call 988' })).toHaveLength(2);
    expect(await db.settings.get(CRISIS_LINES_HIDDEN_KEY)).toBeUndefined();
  });
});

describe('returning from Help now', () => {
  beforeEach(resetApp);

  it('leads back to the writing that was open, saved', async () => {
    const { user } = renderApp('/journal/new');
    await user.type(await screen.findByLabelText('Your words'), 'Halfway through a hard memory');
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Help now' }));
    await user.click(await screen.findByRole('link', { name: /Breathe slowly/ }));
    await screen.findByRole('heading', { level: 1, name: 'Breathe slowly' });
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Help now' }));
    await user.click(await screen.findByRole('link', { name: 'Back to where you were' }));
    // Typed in one burst and left at once, the words may still be on their way to the disk as
    // the entry opens again: the editor takes them as they land.
    await waitFor(() =>
      expect(screen.getByLabelText('Your words')).toHaveValue('Halfway through a hard memory'),
    );
  });
});

describe('my people', () => {
  beforeEach(resetApp);

  it('adds and changes a contact, with tap-to-call and tap-to-text, sealed on disk', async () => {
    const { user } = renderApp('/help/people');
    await user.click(await screen.findByRole('button', { name: 'Add someone' }));
    const form = screen.getByRole('form', { name: 'Add someone' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Please add a name');

    await user.type(within(form).getByLabelText('Name'), 'Marisol');
    await user.type(within(form).getByLabelText('Who they are to you'), 'my sponsor');
    await user.type(within(form).getByLabelText('Phone number'), 'call me');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('digits');
    await user.clear(within(form).getByLabelText('Phone number'));
    await user.type(within(form).getByLabelText('Phone number'), '+1 (555) 010-4477');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('link', { name: 'Call Marisol' })).toHaveAttribute(
      'href',
      'tel:+15550104477',
    );
    expect(screen.getByRole('link', { name: 'Text Marisol' })).toHaveAttribute(
      'href',
      'sms:+15550104477',
    );
    const stored = await storedText('contacts');
    expect(stored).not.toMatch(/Marisol|sponsor|0104477|010-4477/);

    await user.click(screen.getByRole('button', { name: 'Change Marisol' }));
    const edit = screen.getByRole('form', { name: 'Change Marisol' });
    expect(within(edit).getByLabelText('Name')).toHaveValue('Marisol');
    await user.clear(within(edit).getByLabelText('Phone number'));
    await user.type(within(edit).getByLabelText('Phone number'), '555 010 9999');
    await user.click(within(edit).getByRole('button', { name: 'Save' }));
    // The list can show the old number for a moment, until the live query sees the change.
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Call Marisol' })).toHaveAttribute(
        'href',
        'tel:5550109999',
      ),
    );
    expect(await listContacts()).toHaveLength(1);

    // Help now shows them too, one tap away.
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Help now' }));
    expect(await screen.findByRole('link', { name: 'Text Marisol' })).toHaveAttribute(
      'href',
      'sms:5550109999',
    );

    await user.click(screen.getByRole('link', { name: 'Change my people' }));
    await user.click(await screen.findByRole('button', { name: 'Remove Marisol' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('No one here yet.')).toBeInTheDocument();
  });
});

describe('the safety plan', () => {
  beforeEach(resetApp);

  it('saves as the person types, sealed, and opens again', async () => {
    const { user, unmount } = renderApp('/help');
    await user.click(await screen.findByRole('link', { name: /My safety plan/ }));
    // It opens to read; with nothing written yet, writing is one tap away.
    await user.click(await screen.findByRole('link', { name: 'Write my plan' }));
    const signs = await screen.findByLabelText('My warning signs');
    expect(signs).toHaveAccessibleDescription(/hard moment may be coming/);
    await user.type(signs, 'Not sleeping, skipping meetings');
    await user.type(screen.getByLabelText('My reasons for living'), 'My niece Ada');
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();

    const { plan } = await getSafetyPlan();
    expect(plan.warningSigns).toBe('Not sleeping, skipping meetings');
    expect(plan.reasons).toBe('My niece Ada');
    expect(await db.documents.get(SAFETY_PLAN_ID)).toBeDefined();
    expect(await storedText('documents')).not.toMatch(/sleeping|meetings|Ada/);
    unmount();

    renderApp('/help/safety-plan/edit');
    expect(await screen.findByLabelText('My reasons for living')).toHaveValue('My niece Ada');
  });
});

describe('Help now with damaged records', () => {
  beforeEach(async () => {
    await freshVault();
    // Damaged records are reported on the console; the tests look at the screen instead.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  /** What must show whatever the journal holds: the tools and the crisis lines. */
  async function expectHelpNow() {
    expect(await screen.findByRole('heading', { level: 1, name: 'Help now' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Ground yourself/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Breathe slowly/ })).toBeInTheDocument();
    expect(await screen.findAllByRole('link', { name: 'Call 988' })).toHaveLength(2);
    expect(screen.queryByText('This screen ran into a problem')).toBeNull();
  }

  it('shows its tools and the crisis lines beside a contact that could not be opened', async () => {
    await saveContact({ name: 'Marisol', relation: 'my sponsor', phone: '555 010 4477', note: '' });
    // A record whose words open but are not a contact's words, as a malformed backup left it.
    await db.contacts.put({
      id: 'numbers',
      created: 2,
      updated: 2,
      sealed: await sealUnchecked('contacts', 'numbers', { name: { first: 'A' }, phone: 5550 }),
    });
    // And one whose sealed words are missing altogether.
    await db.contacts.put({ id: 'hollow', created: 3, updated: 3 } as never);
    await db.documents.put({
      id: SAFETY_PLAN_ID,
      created: 1,
      updated: 1,
      sealed: await sealUnchecked('documents', SAFETY_PLAN_ID, { warningSigns: 7 }),
    });

    const { user } = renderApp('/help');
    await expectHelpNow();
    expect(await screen.findByRole('link', { name: 'Call Marisol' })).toBeInTheDocument();
    expect(
      screen.getAllByText('This contact could not be opened. It may have been damaged.'),
    ).toHaveLength(2);

    await user.click(screen.getByRole('link', { name: /Ground yourself/ }));
    expect(await screen.findByRole('heading', { name: 'Five things you can see' })).toBeVisible();
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Help now' }));
    await user.click(await screen.findByRole('link', { name: /Breathe slowly/ }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Help now' }));
    await user.click(await screen.findByRole('link', { name: /My safety plan/ }));
    expect(await screen.findByText(/Your saved plan could not be opened/)).toBeInTheDocument();
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Help now' }));
    await user.click(await screen.findByRole('link', { name: 'Change my people' }));
    expect(await screen.findByRole('button', { name: 'Remove Marisol' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Remove this contact' })).toHaveLength(2);
  });

  it('shows its tools and the crisis lines when the contacts and the setting cannot be read', async () => {
    vi.spyOn(db.contacts, 'orderBy').mockImplementation(() => {
      throw new Error('The database could not be read');
    });
    const get = db.settings.get.bind(db.settings);
    vi.spyOn(db.settings, 'get').mockImplementation(((key: string) =>
      key === CRISIS_LINES_HIDDEN_KEY
        ? Promise.reject(new Error('The database could not be read'))
        : get(key)) as typeof db.settings.get);

    const { unmount } = renderApp('/help');
    await expectHelpNow();
    expect(
      await screen.findByText(
        'Your people could not be opened just now. Nothing about them was changed.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide crisis lines' })).toBeInTheDocument();
    unmount();

    renderApp('/help/people');
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be opened just now');
    expect(screen.getByRole('button', { name: 'Add someone' })).toBeInTheDocument();
  });
});
