import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAmendsItem, saveAmendsItem } from '../../src/features/amends/amendsRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

function answer(question: RegExp, choice: string) {
  return within(screen.getByRole('group', { name: question })).getByRole('radio', {
    name: choice,
  });
}

const kinds = () => screen.getByRole('group', { name: 'Which kind of amends feels right to you?' });

describe('the harm check when reaching out could put the person at risk', () => {
  it('lets them choose direct amends, says so gently, and keeps the risk beside the choice', async () => {
    await saveAmendsItem({ id: 'a1', person: 'Dana', whatHappened: 'the money' });
    const { user } = renderApp('/amends/item/a1/harm-check');
    expect(
      await screen.findByText(
        'Answer what you can; a suggestion appears here.',
        {},
        {
          timeout: 15_000,
        },
      ),
    ).toBeVisible();
    await user.click(answer(/put you at risk/, 'Yes'));
    expect(screen.queryByText(/plan it with someone you trust/)).toBeNull();

    // Nothing is forbidden: direct amends can be chosen and kept.
    const direct = within(kinds()).getByRole('radio', { name: /Direct amends/ });
    expect(direct).toBeEnabled();
    await user.click(direct);
    expect(screen.getByText(/plan it with someone you trust first/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));

    expect(await screen.findByText('Thank you for thinking this through with care.')).toBeVisible();
    expect(
      screen.getByText(/You said reaching out could put you at risk\. You chose/),
    ).toBeVisible();
    // The line that would contradict the choice is not said.
    expect(screen.queryByText(/Choosing a safe way is itself part/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Your trusted people' })).toHaveAttribute(
      'href',
      '#/help/people',
    );
    expect(await getAmendsItem('a1')).toMatchObject({
      kind: 'direct',
      harmCheck: { riskToMe: 'yes' },
    });

    // Beside the chosen way on the item, the answer about their safety stays.
    await user.click(screen.getAllByRole('link', { name: 'Back to this item' })[0]!);
    expect(await screen.findByText(/You chose: Direct amends/)).toBeVisible();
    expect(screen.getByText(/You said reaching out could put you at risk\./)).toBeVisible();
  });

  it('says the safe-way line when the choice fits the answers', async () => {
    await saveAmendsItem({ id: 'a2', person: 'Lee', whatHappened: '' });
    const { user } = renderApp('/amends/item/a2/harm-check');
    await screen.findByText(
      'Answer what you can; a suggestion appears here.',
      {},
      {
        timeout: 15_000,
      },
    );
    await user.click(answer(/put you at risk/, 'Yes'));
    await user.click(within(kinds()).getByRole('radio', { name: /An unsent letter/ }));
    expect(screen.queryByText(/plan it with someone you trust/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(await screen.findByText(/Choosing a safe way is itself part/)).toBeVisible();
  });
});
