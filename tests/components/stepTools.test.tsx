import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

/** The links of a step's tool card, by name, with where each goes. */
async function toolLinks(step: number) {
  renderApp(`/steps/${step}`);
  const exercises = await screen.findByRole('region', { name: 'Exercises' }, { timeout: 15_000 });
  const card = exercises.previousElementSibling as HTMLElement;
  return within(card)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('steps 11 and 12 link to the tools that carry them', () => {
  it('step 11, connection: breathing, grounding and meetings', async () => {
    expect(await toolLinks(11)).toEqual([
      ['Breathe slowly', '#/help/breathing'],
      ['Ground yourself', '#/help/grounding'],
      ['Your meetings', '#/help/meetings'],
    ]);
  });

  it('step 12, service and my story: meetings, staying well and the journal', async () => {
    expect(await toolLinks(12)).toEqual([
      ['Your meetings', '#/help/meetings'],
      ['Your staying-well plan', '#/help/staying-well'],
      ['Write your story in the journal', '#/journal/new/12'],
    ]);
  });
});
