import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DbFailure } from '../../src/app/DbFailure';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

// Which screens fail, as a malformed record from a backup made them fail.
const broken = vi.hoisted(() => ({ today: false, journal: false }));

vi.mock('../../src/features/today/TodayPage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/features/today/TodayPage')>();
  return {
    ...real,
    TodayPage: () => {
      if (broken.today) throw new Error('A damaged record on Today');
      return <real.TodayPage />;
    },
  };
});

vi.mock('../../src/features/journal/JournalPage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/features/journal/JournalPage')>();
  return {
    default: () => {
      if (broken.journal) throw new Error('A damaged record in the journal');
      return <real.default />;
    },
  };
});

// The crisis lines' code, which comes after the first screen, as a first visit that lost the
// network before it came: it fails until the first test has seen what stands in.
const linesCode = vi.hoisted(() => ({ reachable: false }));

vi.mock('../../src/features/safety/CrisisLines', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/features/safety/CrisisLines')>();
  return {
    ...real,
    CrisisLines: (props: Parameters<typeof real.CrisisLines>[0]) => {
      if (!linesCode.reachable) throw new Error('Failed to fetch dynamically imported module');
      return <real.CrisisLines {...props} />;
    },
  };
});

const PROBLEM = 'This screen ran into a problem';

describe('when the crisis lines cannot be loaded', () => {
  it('keeps the common emergency numbers, each one tap from a call', async () => {
    const failed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<DbFailure kind="unknown" />);
    await userEvent.setup().click(screen.getByText('Need help now?'));
    await vi.waitFor(() => expect(failed).toHaveBeenCalled());
    expect(screen.getByText(/If you are in danger right now/)).toBeVisible();
    for (const number of ['911', '112', '999', '000']) {
      expect(screen.getByRole('link', { name: `Call ${number}` })).toHaveAttribute(
        'href',
        `tel:${number}`,
      );
    }
    expect(screen.queryByRole('link', { name: 'Call 988' })).toBeNull();
    linesCode.reachable = true;
  });
});

async function expectHelpNow() {
  expect(await screen.findByRole('heading', { level: 1, name: 'Help now' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Ground yourself/ })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Breathe slowly/ })).toBeInTheDocument();
  expect(await screen.findAllByRole('link', { name: 'Call 988' })).toHaveLength(2);
  expect(screen.queryByText(PROBLEM)).toBeNull();
}

const topBar = () => within(screen.getByRole('banner'));
const bottomBar = () => within(screen.getByRole('navigation', { name: 'Main' }));

beforeEach(async () => {
  broken.today = false;
  broken.journal = false;
  await freshVault();
  // The boundary reports each failure on the console; the tests look at the screen instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('a screen that fails', () => {
  it('keeps the top bar, and Help now opens the help page', async () => {
    broken.journal = true;
    const { user } = renderApp('/journal');
    expect(await screen.findByRole('heading', { name: PROBLEM })).toBeInTheDocument();
    expect(topBar().getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Start again from Today' }),
    ).toHaveAttribute('href', '#/');

    await user.click(topBar().getByRole('link', { name: 'Help now' }));
    await expectHelpNow();
  });

  it('is cleared by going to another screen, and tried again on coming back', async () => {
    broken.journal = true;
    const { user } = renderApp('/journal');
    await screen.findByRole('heading', { name: PROBLEM });

    await user.click(bottomBar().getByRole('link', { name: 'Steps' }));
    expect(await screen.findByRole('heading', { name: 'The twelve steps' })).toBeInTheDocument();
    expect(screen.queryByText(PROBLEM)).toBeNull();

    broken.journal = false;
    await user.click(bottomBar().getByRole('link', { name: 'Journal' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal' })).toBeInTheDocument();

    await user.click(topBar().getByRole('link', { name: 'Settings' }));
    expect(screen.queryByText(PROBLEM)).toBeNull();
  });

  it('does not send a person back to Today when Today is what failed', async () => {
    broken.today = true;
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: PROBLEM });
    const main = within(screen.getByRole('main'));
    expect(main.queryByRole('link', { name: 'Start again from Today' })).toBeNull();

    await user.click(main.getByRole('link', { name: 'Your journal' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal' })).toBeInTheDocument();

    await user.click(bottomBar().getByRole('link', { name: 'Today' }));
    await screen.findByRole('heading', { name: PROBLEM });
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Help now' }));
    await expectHelpNow();
  });
});

describe('when the whole app fails', () => {
  function Broken(): never {
    throw new Error('The shell itself broke');
  }

  /** The whole app failed on Today: the outermost boundary stands in for it. */
  function renderBrokenApp() {
    window.location.hash = '#/';
    render(
      <ErrorBoundary quickExit>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: PROBLEM })).toBeInTheDocument();
  }

  it('keeps Quick exit and the crisis lines, and offers Help now instead of Today', async () => {
    renderBrokenApp();
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start again from Today' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Help now' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Your journal' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByText('Need help now?'));
    // An emergency number is there at once: the most common ones stand in while the crisis
    // lines' own code loads (it is not on the first screen).
    expect(screen.getAllByRole('link', { name: 'Call 911' })[0]).toHaveAttribute('href', 'tel:911');
    expect(await screen.findAllByRole('link', { name: 'Call 988' })).toHaveLength(2);
  });

  it('follows a change of language while it shows', async () => {
    renderBrokenApp();
    try {
      await act(() => showLanguage('es'));
      expect(
        screen.getByRole('heading', { name: 'Esta pantalla tuvo un problema' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Intentar otra vez' })).toBeInTheDocument();
    } finally {
      await act(() => showLanguage('en'));
    }
    expect(screen.getByRole('heading', { name: PROBLEM })).toBeInTheDocument();
  });
});

describe('when the journal cannot be opened at all', () => {
  it('still has the crisis lines one tap away', async () => {
    render(<DbFailure kind="unknown" />);
    const user = userEvent.setup();
    await user.click(screen.getByText('Need help now?'));
    expect(await screen.findAllByRole('link', { name: 'Call 988' })).toHaveLength(2);
  });
});
