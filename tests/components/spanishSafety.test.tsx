import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalog } from '../../src/core/i18n/catalogs/es';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { HardMomentCard } from '../../src/features/safety';
import { CRISIS_LINES } from '../../src/features/safety/crisisLineCountries';
import { SAFETY_PLAN_SECTIONS } from '../../src/features/safety/safetyPlanSections';
import { STAYING_WELL_SECTIONS } from '../../src/features/safety/stayingWellSections';
import { WAY_LABELS } from '../../src/features/safety/talkWays';
import { saveContact } from '../../src/features/safety/contactWrites';
import { noteTalk } from '../../src/features/safety/talksRepo';
import { dayKey } from '../../src/lib/dates';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

const DAY = 24 * 3600 * 1000;
/** A date written out in Spanish: "1 de diciembre de 2026". */
const SPANISH_DATE =
  /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/;

// The safety tools, My people and the step pages, as a person whose phone speaks Spanish sees them.
describe('the safety and step screens in Spanish', () => {
  beforeEach(async () => {
    await freshVault();
    await showLanguage('es');
  });
  // Later files share these modules: they start in English, as a fresh page does.
  afterEach(() => showLanguage('en'));

  it('guides grounding and breathing in Spanish, one sense and one breath at a time', async () => {
    const { user, unmount } = renderApp('/help/grounding');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Anclarte en el presente' },
        {
          timeout: 15_000,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Paso 1 de 5')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Cinco cosas que puedes ver' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(screen.getByRole('heading', { name: 'Cuatro cosas que puedes tocar' })).toHaveFocus();
    expect(screen.queryByText('Five things you can see')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    unmount();

    renderApp('/help/breathing');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Respirar despacio' },
        {
          timeout: 15_000,
        },
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Empezar' }));
    expect(screen.getByText('Inhala contando 4.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Detener' })).toBeInTheDocument();
    expect(screen.queryByText(/Breathe in/)).toBeNull();
  });

  it('says what each crisis line offers in Spanish, keeping the line’s own name', async () => {
    renderApp('/help');
    // The lines come after the emergency numbers, in a chunk of their own.
    await screen.findAllByText('Samaritans', {}, { timeout: 15_000 });
    // The tests' zone is Europe/London: the United Kingdom's lines come first.
    const uk = screen.getAllByRole('group', { name: /^Líneas en / })[0]!;
    expect(uk).toHaveAccessibleName('Líneas en Reino Unido');
    expect(within(uk).getByText('Samaritans')).toBeInTheDocument();
    expect(
      within(uk).getByText('Gratis desde cualquier teléfono, incluso sin saldo.'),
    ).toBeInTheDocument();
    expect(within(uk).getByText('A cualquier hora, de día o de noche')).toBeInTheDocument();
    expect(within(uk).queryByText(/Free from any phone|Any time/)).toBeNull();

    // Every line's words, hours and languages have their Spanish, in every country.
    const words = Object.values(CRISIS_LINES)
      .flat()
      .flatMap((line) => [line.detail, line.hours ?? '', ...(line.languages ?? [])])
      .filter(Boolean);
    expect(words.filter((english) => !(english in catalog.messages))).toEqual([]);
  });

  it('offers the hard-moment card in Spanish, with the person’s sponsor named by role', async () => {
    await saveContact({
      name: 'Sam',
      relation: '',
      phone: '+44 7700 900123',
      note: '',
      role: 'sponsor',
    });
    const user = userEvent.setup();
    render(<HardMomentCard onClose={() => undefined} />);
    const card = screen.getByRole('region', { name: 'Algunas cosas para un momento difícil' });
    expect(within(card).getByRole('link', { name: 'Respirar con una guía' })).toBeInTheDocument();
    expect(
      within(card).getByRole('heading', { name: 'Volver al aquí y ahora' }),
    ).toBeInTheDocument();
    expect(await within(card).findByRole('link', { name: 'Llamar a Sam' })).toBeInTheDocument();
    expect(within(card).getByText(/Padrino o madrina/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Cerrar esto por ahora' })).toBeVisible();
    await user.click(within(card).getByText('Líneas de crisis'));
    expect(within(card).queryByText(/hard moment|Breathe/)).toBeNull();
  });

  it('keeps my people and the times I reached out in Spanish, with refusals and dates', async () => {
    await saveContact({ name: 'Robin', relation: '', phone: '', note: '' });
    const threeDaysAgo = dayKey(Date.now() - 3 * DAY);
    await noteTalk({ contactId: 'c1', name: 'Robin', way: 'call', day: threeDaysAgo, note: '' });
    const { user } = renderApp('/help/people');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mi gente' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'En las últimas cuatro semanas buscaste a alguien 1 vez. Buscar a alguien es parte del trabajo.',
      ),
    ).toBeInTheDocument();
    // The day is written in Spanish, after how the person talked.
    const talk = screen.getByText(/^Una llamada · /);
    expect(talk.textContent).toMatch(SPANISH_DATE);

    await user.click(screen.getByRole('button', { name: 'Agregar a alguien' }));
    const form = screen.getByRole('form', { name: 'Agregar a alguien' });
    await user.type(within(form).getByLabelText('Nombre'), 'Alex');
    await user.type(within(form).getByLabelText('Número de teléfono'), 'no lo sé{Enter}');
    expect(
      await within(form).findByText(
        'El número puede tener dígitos, espacios, paréntesis, guiones y un + al principio.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/The number can hold/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'My people' })).toBeNull();
  });

  it('says a meeting without a name in Spanish, and reads an empty plan gently', async () => {
    const { user, unmount } = renderApp('/help/meetings');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mis reuniones' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Agregar una reunión' }));
    const form = screen.getByRole('form', { name: 'Agregar una reunión' });
    expect(within(form).getByRole('radio', { name: 'En línea' })).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Dónde, o cómo unirte'), 'Sala 2{Enter}');
    expect(
      await within(form).findByText('Agrega un nombre para esta reunión.'),
    ).toBeInTheDocument();
    unmount();

    renderApp('/help/safety-plan');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Mi plan de seguridad' },
        {
          timeout: 15_000,
        },
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Tu plan todavía no tiene palabras/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Escribir mi plan' })).toBeInTheDocument();
    expect(screen.queryByText(/Your plan has no words/)).toBeNull();

    // The plans' sections and the ways of talking are plain data (not msg(), to keep them off
    // the first screen), so the catalog test does not see them: every one has its Spanish.
    const data = [
      ...[...SAFETY_PLAN_SECTIONS, ...STAYING_WELL_SECTIONS].flatMap((s) => [s.title, s.hint]),
      ...Object.values(WAY_LABELS),
    ];
    expect(data.filter((english) => !(english in catalog.messages))).toEqual([]);
  });

  it('frames a step in Spanish and dates its changes in Spanish', async () => {
    const { user } = renderApp('/steps/4');
    expect(await screen.findByText('Paso 4 de 12', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ejercicios' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Preguntas para escribir' })).toBeInTheDocument();
    const group = await screen.findByRole('group', { name: 'Dónde estás con este paso' });
    expect(within(group).getByRole('radio', { name: 'Sin empezar' })).toBeChecked();

    await user.click(within(group).getByRole('radio', { name: 'En proceso' }));
    const history = await screen.findByRole('list', { name: 'Cuándo cambió' });
    const change = within(history).getByRole('listitem');
    expect(change.textContent).toMatch(/^En proceso, /);
    expect(change.textContent).toMatch(SPANISH_DATE);
    expect(screen.queryByText('Where you are with this step')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Exercises' })).toBeNull();
  });
});
