import { fireEvent, screen, within } from '@testing-library/react';
import { addDays } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { saveEntry, trashEntry } from '../../src/features/journal/journalRepo';
import { STEPS } from '../../src/features/steps/content/es';
import { dayKey } from '../../src/lib/dates';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

const DAY = 24 * 60 * 60 * 1000;
/** A date as Spanish writes it, from the browser's own Intl, not from the app's code. */
const spanishDay = (time: number) =>
  new Intl.DateTimeFormat('es', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(time);

// The journal, its Trash and search, and the reading view, as a person whose phone is in Spanish
// meets them.
describe('the journal and the reading view in Spanish', () => {
  beforeEach(async () => {
    await freshVault();
    await showLanguage('es');
  });
  // Later files share these modules: they start in English, as a fresh page does.
  afterEach(() => showLanguage('en'));

  it('lists entries with their step and mood, and filters them, in Spanish', async () => {
    await saveEntry({ id: 'a', title: 'La reunión', body: 'Hablé un poco.', step: 4, mood: 2 });
    await saveEntry({ id: 'b', body: 'Un día tranquilo.', mood: 5 });
    const { user } = renderApp('/journal');

    expect(await screen.findByRole('heading', { level: 1, name: 'Diario' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nueva entrada' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Papelera' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: /^Tus entradas/ });
    expect(within(list).getByRole('heading', { name: 'Hoy' })).toBeInTheDocument();
    const row = (await within(list).findByText('La reunión')).closest('a')!;
    expect(row).toHaveTextContent(/· Paso 4 · Difícil/);

    await user.click(screen.getByText('Calendario y filtros'));
    const month = new Intl.DateTimeFormat('es', { month: 'long' }).format(new Date());
    const title = `${month[0]!.toUpperCase()}${month.slice(1)} de ${new Date().getFullYear()}`;
    expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    const calendar = screen.getByRole('group', { name: `Días de ${title}` });
    // The day's count comes with the calendar's own read of the entries.
    expect(
      await within(calendar).findByRole('button', {
        name: `${new Date().getDate()} de ${month}, 2 entradas`,
      }),
    ).toBeEnabled();
    await user.selectOptions(screen.getByLabelText('Estado de ánimo'), 'Difícil');
    expect(await screen.findByText('1 entrada')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mostrar todas las entradas' })).toBeInTheDocument();

    for (const english of ['New entry', 'Calendar and filters', 'Hard', 'Step 4', '1 entry']) {
      expect(screen.queryByText(english, { exact: false }), english).toBeNull();
    }
  });

  it('writes against a step’s prompt in Spanish, and refuses a day to come in Spanish', async () => {
    const step4 = STEPS[3]!;
    const prompt = step4.prompts[0]!;
    const { user } = renderApp(`/journal/new/4/${prompt.id}`);

    expect(await screen.findByText(prompt.text, {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Paso 4: ${step4.title}` })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'tómate una pausa' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Nueva entrada' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Tus palabras'), 'Hoy sentí miedo.');
    await user.click(screen.getByRole('radio', { name: 'Ni bien ni mal' }));
    expect(screen.getByLabelText('Título (opcional)')).toBeInTheDocument();
    expect(screen.getByLabelText('Etiquetas (opcional)')).toBeInTheDocument();

    const date = screen.getByLabelText('Fecha de esta entrada');
    fireEvent.change(date, { target: { value: dayKey(addDays(new Date(), 2).getTime()) } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ese día todavía no llegó. Elige hoy o un día anterior.',
    );
    expect(screen.queryByText(/That day has not come yet/)).toBeNull();
    expect(screen.queryByText('Your words')).toBeNull();
  });

  it('keeps Trash in Spanish, with the day an entry was written', async () => {
    const written = Date.now() - 10 * DAY;
    await saveEntry({ id: 'old', title: 'Una carta vieja', body: 'Ya no la necesito.' }, written);
    await trashEntry('old');
    const { user } = renderApp('/journal/trash');

    const list = await screen.findByRole('list', { name: 'Entradas en la Papelera' });
    const card = within(list).getByText('Una carta vieja').closest('li')!;
    expect(within(card).getByText(`Escrita: ${spanishDay(written)}`)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Borrar para siempre…' }));
    expect(within(card).getByText(/No se podrá recuperar/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Conservar' }));
    await user.click(within(card).getByRole('button', { name: 'Recuperar' }));
    expect(await screen.findByText('La entrada volvió a tu diario.')).toBeInTheDocument();
    expect(await screen.findByText('La Papelera está vacía.')).toBeInTheDocument();
    expect(screen.queryByText(/Trash/)).toBeNull();
  });

  it('searches in Spanish', async () => {
    await saveEntry({ id: 's', title: 'Martes', body: 'Fui a una reunión esta noche.' });
    const { user } = renderApp('/journal/search');
    const input = await screen.findByLabelText('Buscar en tu diario');
    expect(await screen.findByText(/Escribe una o dos palabras/)).toBeInTheDocument();
    await user.type(input, 'reunión');
    expect(await screen.findByText('1 entrada encontrada')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Resultados de la búsqueda' })).toBeInTheDocument();
    expect(screen.queryByText(/entry found/)).toBeNull();
  });

  it('offers a step’s entries to read aloud, and reads them one at a time, in Spanish', async () => {
    await saveEntry({ id: 'r1', title: 'A quién contarle', body: 'Quizás a Ana.', step: 5 }, 1000);
    await saveEntry({ id: 'r2', title: 'Qué diré', body: 'Lo más difícil.', step: 5 }, 2000);
    const { user } = renderApp('/read');

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Leer en voz alta' },
        { timeout: 10000 },
      ),
    ).toBeInTheDocument();
    const step5 = await screen.findByRole('link', {
      name: `Paso 5: ${STEPS[4]!.title} (2 entradas)`,
    });
    expect(screen.getByRole('link', { name: 'Tu lista de reparaciones' })).toBeInTheDocument();
    await user.click(step5);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'A quién contarle' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 de 2/, { ignore: '[hidden] *' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Tamaño del texto' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terminar de leer' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Siguiente →' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Qué diré' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Imprimir o guardar una copia' })).toBeVisible();
    expect(screen.queryByText('Done reading')).toBeNull();
  });
});
