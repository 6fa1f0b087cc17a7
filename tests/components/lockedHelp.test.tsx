import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { saveContact } from '../../src/features/safety/contactWrites';
import { saveSafetyPlan } from '../../src/features/safety/safetyPlanRepo';
import { emptySafetyPlan } from '../../src/features/safety/safetyPlanSections';
import { setLock } from '../../src/features/vault/lockRepo';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/core/vaultStore';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

const PASS = 'lanterns on the pier';

beforeEach(async () => {
  await resetApp();
  await db.open();
  await startVault();
  await saveContact({ name: 'Marisol', relation: 'sponsor', phone: '555 0100', note: '' });
  await saveSafetyPlan({ ...emptySafetyPlan(), reasons: 'my garden' });
  await setLock(PASS, PASS, { iterations: 1000 });
  useVaultStore.setState({ status: 'starting' }, true);
});

describe('help on the locked screen', () => {
  it('offers breathing, grounding and crisis lines, and nothing that is sealed', async () => {
    const { user } = renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' }),
    ).toBeInTheDocument();
    // The unlock screen's code arrives after the locked frame, so wait for it.
    await user.click(await screen.findByText('Need help now?'));
    const help = screen.getByText('Need help now?').closest('details')!;
    expect(help).toHaveAttribute('open');
    const inHelp = within(help);

    expect(inHelp.getByRole('heading', { name: 'Breathe slowly' })).toBeInTheDocument();
    await user.click(inHelp.getByRole('button', { name: 'Start' }));
    expect(inHelp.getByText('Breathe in for 4.')).toBeInTheDocument();
    await user.click(inHelp.getByRole('button', { name: 'Stop' }));

    expect(inHelp.getByRole('heading', { name: 'Ground yourself' })).toBeInTheDocument();
    expect(inHelp.getByRole('heading', { name: 'Five things you can see' })).toBeInTheDocument();
    await user.click(inHelp.getByRole('button', { name: 'Next' }));
    expect(inHelp.getByRole('heading', { name: 'Four things you can touch' })).toHaveFocus();

    expect(inHelp.getByRole('heading', { name: 'Crisis lines' })).toBeInTheDocument();
    expect(inHelp.getAllByRole('link', { name: /^Call / }).length).toBeGreaterThan(0);

    // The person's own people and plan are sealed: not one word of them while locked.
    expect(screen.queryByText(/Marisol/)).toBeNull();
    expect(screen.queryByText(/my garden/)).toBeNull();
    expect(useVaultStore.getState().status).toBe('locked');
  });
});
