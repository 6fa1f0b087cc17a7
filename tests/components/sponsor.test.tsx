import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { listContacts } from '../../src/features/safety/contactsRepo';
import { saveContact } from '../../src/features/safety/contactWrites';
import { setTodayShowsWords } from '../../src/features/today/useHome';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

describe('a sponsor or mentor among my people', () => {
  it('is marked in the form, sealed, and one tap from Today', async () => {
    await setTodayShowsWords(true);
    const { user, unmount } = renderApp('/help/people');
    await user.click(await screen.findByRole('button', { name: 'Add someone' }));
    await user.type(screen.getByLabelText('Name'), 'Robin');
    await user.type(screen.getByLabelText('Phone number'), '+44 7700 900123');
    await user.selectOptions(screen.getByLabelText('Do they walk the road with you?'), 'Sponsor');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('· Sponsor')).toBeInTheDocument();

    const [stored] = await listContacts();
    expect(stored).toMatchObject({ name: 'Robin', role: 'sponsor' });
    const row = (await db.table('contacts').toArray())[0];
    const clear = JSON.stringify(row) + new TextDecoder('latin1').decode(row.sealed.data);
    expect(clear).not.toMatch(/sponsor/i);
    unmount();

    renderApp('/');
    const card = (
      await screen.findByRole('heading', { name: 'Your sponsor' }, { timeout: 15_000 })
    ).closest('.card') as HTMLElement;
    expect(within(card).getByText('Robin')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Call Robin' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^tel:\+447700900123/),
    );
    expect(within(card).getByRole('link', { name: 'Text Robin' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^sms:/),
    );
  });

  it('keeps the name off a quiet Today, and shows no card when no one is marked', async () => {
    await setTodayShowsWords(false);
    const id = await saveContact({ name: 'Jo', relation: '', phone: '555 0100', note: '' });
    const first = renderApp('/');
    await screen.findByRole('heading', { name: 'Check in with yourself' }, { timeout: 15_000 });
    expect(screen.queryByRole('heading', { name: /^Your (sponsor|mentor)/ })).toBeNull();
    first.unmount();

    await saveContact({
      id,
      name: 'Jo',
      relation: '',
      phone: '555 0100',
      note: '',
      role: 'mentor',
    });
    renderApp('/');
    await screen.findByRole('heading', { name: 'Your mentor' }, { timeout: 15_000 });
    expect(screen.getByRole('link', { name: 'Call your mentor' })).toBeInTheDocument();
    expect(screen.queryByText('Jo')).toBeNull();
  });

  it('comes first among my people on Help now, and can be unmarked', async () => {
    await saveContact({ name: 'Ali', relation: 'friend', phone: '555 0101', note: '' });
    const id = await saveContact({
      name: 'Pat',
      relation: '',
      phone: '555 0102',
      note: '',
      role: 'partner',
    });
    const { unmount } = renderApp('/help');
    const calls = await screen.findAllByRole('link', { name: /^Call (Ali|Pat)$/ });
    expect(calls.map((link) => link.getAttribute('aria-label'))).toEqual(['Call Pat', 'Call Ali']);
    expect(screen.getByText('· Accountability partner')).toBeInTheDocument();
    unmount();

    const { user } = renderApp('/help/people');
    await user.click(await screen.findByRole('button', { name: 'Change Pat' }));
    await user.selectOptions(
      screen.getByLabelText('Do they walk the road with you?'),
      'Not marked',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Change Pat' });
    expect((await listContacts()).find((c) => c.id === id)?.role).toBeUndefined();
  });
});
