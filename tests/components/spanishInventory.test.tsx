import { screen, within } from '@testing-library/react';
import { es } from 'date-fns/locale/es';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { saveInventoryItem } from '../../src/features/inventory/classicInventoryRepo';
import {
  finishEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import { computeTrends, listNames, summarizeTrends } from '../../src/features/inventory/trends';
import * as spanishWords from '../../src/features/inventory/vocabulary/es';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

const DAY = 24 * 60 * 60 * 1000;
/** Ten days ago: inside the picture's 30 days, and far enough back to be written as a date. */
const WHEN = Date.now() - 10 * DAY;

async function finished(id: string, feelings: { feelingId: string; intensity: number }[]) {
  await saveEmotionInventory({ id, feelings }, WHEN);
  await finishEmotionInventory(id, WHEN);
}

/** Two finished inventories on one day: anger in both, fear in one, hope in the other. */
async function finishedTwo() {
  await finished('a', [
    { feelingId: 'angry', intensity: 7 },
    { feelingId: 'afraid', intensity: 5 },
  ]);
  await finished('b', [
    { feelingId: 'angry', intensity: 8 },
    { feelingId: 'hopeful', intensity: 6 },
  ]);
}

describe('the inventory in Spanish', () => {
  beforeEach(async () => {
    await freshVault();
    await showLanguage('es');
  });
  // Later files share these modules: they start in English, as a fresh page does.
  afterEach(() => showLanguage('en'));

  it('shows the home, its history with a Spanish date, and a finished inventory', async () => {
    await finishedTwo();
    const date = new Intl.DateTimeFormat('es', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(WHEN);

    const { user } = renderApp('/inventory');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inventario' })).toBeVisible();
    expect(screen.queryByText('Inventory')).toBeNull();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Resentimientos, miedos y daños' }),
    ).toBeVisible();
    // The history says the state, the date and the feelings in Spanish.
    const history = await screen.findByRole('list', { name: 'Tus inventarios de emociones' });
    const links = within(history).getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveTextContent(`Terminado · ${date}`);
    expect(within(history).getByText('enojo, esperanza')).toBeInTheDocument();
    expect(within(history).queryByText(/Finished|angry/)).toBeNull();

    // One finished inventory, read back.
    await user.click(links[1]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inventario de emociones' }),
    ).toBeVisible();
    expect(
      await screen.findByText(
        'Gracias por quedarte con lo que sientes. Nombrarlo con honestidad requiere valor, y lo hiciste.',
      ),
    ).toBeInTheDocument();
    const named = screen.getByRole('list', { name: 'Sentimientos que nombraste' });
    expect(
      within(named)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['enojo, 7 de 10', 'miedo, 5 de 10']);
    expect(screen.getByRole('button', { name: 'Editar este inventario' })).toBeVisible();
  }, 30_000);

  it('says a refusal in Spanish, and points a word of one’s own to the Spanish list', async () => {
    const { user } = renderApp('/inventory/emotions/new-1');
    await user.click(await screen.findByRole('button', { name: 'Terminar este inventario' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Elige al menos un sentimiento para terminar. Tu borrador se conserva.',
    );
    expect(screen.getByText('¿Qué estás sintiendo?')).toBeInTheDocument();
    expect(screen.queryByText('What are you feeling?')).toBeNull();
    // A word of one's own that the Spanish list already has is pointed to the list.
    await user.click(screen.getByText('Tus propias palabras', { selector: 'summary' }));
    await user.type(screen.getByLabelText('Una palabra tuya'), 'Miedo');
    await user.click(screen.getByRole('button', { name: 'Agregar mi palabra' }));
    expect(
      await screen.findByText('“Miedo” ya está en la lista. Puedes elegirla allí.'),
    ).toBeInTheDocument();
  }, 30_000);

  it('draws the picture with a summary in whole Spanish sentences and a decimal comma', async () => {
    await finishedTwo();
    renderApp('/inventory/trends');
    expect(
      await screen.findByText(
        'En los últimos 30 días, terminaste 2 inventarios. De los sentimientos dolorosos, lo ' +
          'que más nombraste fue enojo, 2 veces. De los agradables, lo que más nombraste fue ' +
          'esperanza, una vez. Cuando tengas inventarios en más de una semana, aquí verás qué ' +
          'fue en aumento y qué se fue suavizando.',
        { selector: 'p' },
      ),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: 'Sentimientos dolorosos en total' });
    const anger = within(table).getByRole('row', { name: /^Enojo/ });
    expect(
      within(anger)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '2', '7,5', '2', '—', 'enojo']);
    expect(screen.getByRole('img', { name: /^Enojo, semana a semana: Semana del / })).toBeVisible();
    expect(screen.queryByText(/Painful feelings|you finished/)).toBeNull();
  }, 30_000);

  it('keeps the classic inventory’s trauma-aware option gentle in Spanish', async () => {
    await saveInventoryItem({
      id: 'h1',
      list: 'harm',
      subject: 'Mi tío',
      story: 'Me gritaba.',
      doneToMe: true,
    });

    const { user } = renderApp('/inventory/classic/harm');
    expect(await screen.findByRole('heading', { level: 1, name: 'Daños' })).toBeVisible();
    const rows = await screen.findByRole('list', { name: 'Daños' });
    expect(within(rows).getByText('Esto me lo hicieron a mí')).toBeInTheDocument();
    // A row done to the person asks for no part of theirs.
    expect(within(rows).getByText('Qué pasó')).toBeInTheDocument();
    expect(within(rows).queryByText('Mi parte')).toBeNull();

    await user.click(within(rows).getByRole('link', { name: 'Mi tío' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Daños: una entrada' }),
    ).toBeVisible();
    expect(await screen.findByRole('checkbox', { name: 'Esto me lo hicieron a mí' })).toBeChecked();
    expect(
      screen.getByText(
        'Lo que te hicieron no fue tu culpa. Aquí no hay ninguna parte tuya que nombrar.',
      ),
    ).toBeVisible();
    expect(screen.queryByText(/not your fault|My part/)).toBeNull();

    await user.click(
      await screen.findByRole('button', { name: 'Agregar a mi lista de reparaciones' }),
    );
    expect(await screen.findByText('Esto está en tu lista de reparaciones.')).toBeInTheDocument();
    // On the amends list, the row stays, and the page says why in Spanish.
    expect(
      await screen.findByText(
        'Esta entrada está en tu lista de reparaciones, y esa reparación remite a ella, así que la entrada se queda mientras la reparación siga allí.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Borrar esta entrada' })).toBeNull();
  }, 30_000);

  it('guides a letter to yourself with step 4’s own Spanish words', async () => {
    const { user } = renderApp('/inventory/letter');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cartas para ti' })).toBeVisible();
    expect(
      await screen.findByText('Cuéntate lo que notaste y lo que te costó mirar.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Todavía no hay cartas.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Escribir una carta para ti' }));
    const box = await screen.findByRole('textbox', { name: 'Tu carta' });
    expect(box).toHaveAttribute('placeholder', 'Para mí:');
    expect(screen.queryByText(/Write to yourself|Dear me/)).toBeNull();
  });

  it('says what grew and what eased in whole Spanish sentences, joined the Spanish way', () => {
    const inv = (day: string, ...ids: string[]) => ({
      day,
      feelings: ids.map((feelingId) => ({ feelingId, intensity: 5 })),
    });
    const trends = computeTrends(
      [
        inv('2026-03-02', 'afraid'),
        inv('2026-03-04', 'dread'),
        inv('2026-03-10', 'worried', 'grateful'),
        inv('2026-03-17', 'grateful'),
        inv('2026-03-24', 'thankful', 'hopeful'),
        inv('2026-03-25', 'hopeful'),
      ],
      {
        fromDay: '2026-03-01',
        toDay: '2026-03-30',
        bucket: 'week',
        vocabulary: spanishWords,
        locale: es,
      },
    );
    expect(trends.periods[1]?.label).toBe('Semana del 2 mar');
    expect(summarizeTrends(trends, 'En los últimos 30 días')).toBe(
      'En los últimos 30 días, terminaste 6 inventarios. De los sentimientos dolorosos, lo que ' +
        'más nombraste fue miedo, 3 veces. De los agradables, lo que más nombraste fue gratitud, ' +
        '3 veces. Últimamente nombraste gratitud y esperanza más a menudo: van en aumento. ' +
        'Últimamente nombraste miedo menos a menudo: se está suavizando.',
    );
    // Spanish says "e" before an "i" sound, and "así como" where a name holds a "y" of its own.
    expect(listNames(['miedo', 'ira'])).toBe('miedo e ira');
    expect(listNames(['miedo', 'vergüenza y culpa'])).toBe('miedo, así como vergüenza y culpa');
  });
});
