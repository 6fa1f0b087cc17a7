import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { STEPS } from '../../src/features/steps/content/es';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

// The step screens and the feeling words come from the chosen language's content modules.
describe('the step screens and the feeling picker in Spanish', () => {
  beforeEach(async () => {
    await resetApp();
    await showLanguage('es');
  });
  // Later files share these modules: they start in English, as a fresh page does.
  afterEach(() => showLanguage('en'));

  it('lists the steps and opens one, its prompts and worksheets, in Spanish', async () => {
    const { user } = renderApp('/steps');
    // The first Spanish step content of a run compiles slowly on a loaded machine (as below).
    const list = await screen.findByRole('list', { name: 'Los doce pasos' }, { timeout: 20_000 });
    expect(within(list).getByText('Admitir la impotencia')).toBeInTheDocument();
    expect(within(list).queryByText('Admit powerlessness')).toBeNull();

    await user.click(within(list).getByRole('link', { name: /Admitir la impotencia/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Admitir la impotencia/ }),
    ).toBeInTheDocument();
    const step1 = STEPS[0]!;
    expect(screen.getByText(step1.promise)).toBeInTheDocument();
    expect(screen.getByText(step1.prompts[0]!.text)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: step1.exercises[0]!.title }),
    ).toBeInTheDocument();
  });

  it('offers the feelings in Spanish, and finds them by the words people type', async () => {
    const { user } = renderApp('/inventory');
    await user.click(
      await screen.findByRole('link', { name: 'Empezar un inventario de emociones' }),
    );
    // The Spanish words' first import in a test run is slow to compile.
    expect(await screen.findByText('Tristeza y duelo', {}, { timeout: 10000 })).toBeInTheDocument();
    await user.type(
      await screen.findByRole('searchbox', { name: 'Buscar un sentimiento' }),
      'asustada',
    );
    const matches = screen.getByRole('list', { name: 'Sentimientos que coinciden' });
    expect(within(matches).getByRole('checkbox', { name: 'miedo' })).toBeInTheDocument();
  });
});
