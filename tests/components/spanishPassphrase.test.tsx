import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { db } from '../../src/db/db';
import { GENTLE_WORDS } from '../../src/features/vault/guidance/guidance';
import { spanish, SPANISH_WORDS } from '../../src/features/vault/guidance/spanish';
import { startVault } from '../../src/features/vault/vaultRepo';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

const FIVE_WORDS = /^([a-z]+ ){4}[a-z]+$/;

// The lock form's passphrase guidance for a person whose phone speaks Spanish.
describe('passphrase guidance in Spanish', () => {
  beforeEach(async () => {
    await resetApp();
    await showLanguage('es');
  });
  // Later files share these modules: they start in English, as a fresh page does.
  afterEach(() => showLanguage('en'));

  it('suggests five Spanish words to remember, says what they are worth, and puts them in both fields', async () => {
    await db.open();
    await startVault();
    const { user } = renderApp('/settings/lock');
    const heading = await screen.findByRole('heading', { name: 'Elegir una frase de acceso' });
    const form = heading.closest('form')!;

    await user.click(within(form).getByRole('button', { name: 'Sugerir una frase de acceso' }));
    expect(await within(form).findByText(/^Aquí tienes cinco palabras cotidianas/)).toBeVisible();
    const first = (await within(form).findByText(FIVE_WORDS)).textContent ?? '';
    const spanishWords = new Set(SPANISH_WORDS);
    const english = new Set(GENTLE_WORDS);
    // Every word is from the Spanish list, and the five are not all words an English list has too.
    expect(first.split(' ').filter((word) => !spanishWords.has(word))).toEqual([]);
    expect(first.split(' ').some((word) => !english.has(word))).toBe(true);
    // The list's size written the Spanish way (1282 or 1.282), and its bits.
    const size = SPANISH_WORDS.length.toLocaleString('es');
    expect(
      within(form).getByText(
        `Cada palabra sale de una lista de ${size}, así que juntas suman unos ${spanish.suggestionBits} bits de azar: muy difíciles de adivinar, y más fáciles de recordar que un revoltijo de signos.`,
      ),
    ).toBeVisible();
    expect(spanish.suggestionBits).toBe(52);
    expect(within(form).queryByText(/Each word comes from a list/)).toBeNull();

    await user.click(within(form).getByRole('button', { name: 'Sugerir otras palabras' }));
    const other = within(form).getByText(FIVE_WORDS).textContent ?? '';
    expect(other).not.toBe(first);
    expect(other.split(' ').filter((word) => !spanishWords.has(word))).toEqual([]);

    await user.click(within(form).getByRole('button', { name: 'Usar esta frase de acceso' }));
    expect(within(form).getByLabelText('Escríbela otra vez')).toHaveValue(other);
    expect(
      await within(form).findByText('Esta es segura: llevaría muchísimo tiempo adivinarla.'),
    ).toBeVisible();
  });

  it('knows Spanish words when it judges a passphrase typed in Spanish', async () => {
    await db.open();
    await startVault();
    const { user } = renderApp('/settings/lock');
    const heading = await screen.findByRole('heading', { name: 'Elegir una frase de acceso' });
    const form = heading.closest('form')!;
    const field = within(form).getAllByLabelText(/Frase de acceso/)[0]!;
    // Two words of the Spanish list: strong to an estimate that reads them letter by letter,
    // easy to guess for one that knows the words a guesser would try.
    await user.type(field, 'columpio bufanda');
    expect(await within(form).findByText(/^Esta es fácil de adivinar\./)).toBeVisible();
    await user.type(field, ' almohada');
    expect(
      await within(form).findByText(
        'Esta es aceptable. Una o dos palabras más la harían más segura.',
      ),
    ).toBeVisible();
    await user.type(field, ' tortuga faro');
    expect(
      await within(form).findByText('Esta es segura: llevaría muchísimo tiempo adivinarla.'),
    ).toBeVisible();
    expect(within(form).queryByText(/This one is/)).toBeNull();
  });
});
