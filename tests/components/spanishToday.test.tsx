import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { es } from 'date-fns/locale/es';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { STEPS } from '../../src/features/steps/content/es';
import { setStatus } from '../../src/features/steps/stepProgressWrites';
import { setTodayShowsWords } from '../../src/features/today/useHome';
import { dayKey, weekdayAndDate } from '../../src/lib/dates';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

const daysAgo = (n: number) => addDays(new Date(), -n);

// Today, the check-in, recovery days and goals, as a person whose phone speaks Spanish sees them.
describe('Today and its screens in Spanish', () => {
  beforeEach(async () => {
    await freshVault();
    await showLanguage('es');
  });
  // Later files share these modules: they start in English, as a fresh page does.
  afterEach(() => showLanguage('en'));

  it('shows Today and the check-in in Spanish, with the date written the Spanish way', async () => {
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hoy' })).toBeInTheDocument();
    // Intl writes the weekday and month in Spanish ("miércoles, 2 de diciembre").
    const date = weekdayAndDate(new Date());
    expect(date).toMatch(/ de /);
    expect(screen.getByText(`Es ${date}. Un paso a la vez.`)).toBeInTheDocument();
    const card = (await screen.findByRole('heading', { name: '¿Cómo estás hoy?' })).parentElement!;
    expect(screen.queryByText('Check in with yourself')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Accesos rápidos' })).toBeInTheDocument();

    await user.click(within(card).getByRole('link', { name: 'Hacer el registro ahora' }));
    // The first lazy screen can take seconds on a loaded machine (see setup.ts).
    expect(
      await screen.findByRole('heading', { name: 'Tu registro de hoy' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const mood = await screen.findByRole('group', { name: '¿Cómo te sientes?' });
    await user.click(within(mood).getByRole('radio', { name: 'Difícil' }));
    const halt = screen.getByRole('group', { name: /HALT/ });
    await user.click(within(halt).getByRole('checkbox', { name: 'Cansancio' }));
    expect(within(halt).queryByRole('checkbox', { name: 'Tired' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Repaso del paso 10' })).toBeInTheDocument();
    expect(screen.getByLabelText('¿Qué salió bien hoy?')).toBeInTheDocument();
    expect(screen.queryByText(/How are you feeling/)).toBeNull();

    await user.click(screen.getAllByRole('link', { name: 'Registros anteriores' })[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tus registros' }),
    ).toBeInTheDocument();
    // The day in the list, and the month above the calendar, in Spanish.
    const list = await screen.findByRole('list', { name: 'Todos los registros' });
    const today = format(new Date(), "EEEE d 'de' MMMM 'de' yyyy", { locale: es });
    expect(await within(list).findByText(today)).toBeInTheDocument();
    // The tick's save, flushed as the check-in was left, may land after the list's first read.
    expect(
      await within(list).findByText(/Ánimo: Difícil · HALT marcado: cansancio/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(format(new Date(), "LLLL 'de' yyyy", { locale: es }), {
        selector: 'caption',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Mes anterior/ })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Mirar atrás' }));
    expect(
      await screen.findByText(
        'En las últimas 4 semanas hiciste tu registro 1 día. El ánimo promedió 2 de 5.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Lo que resalta' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'HALT en este tiempo' })).toHaveTextContent(
      'Cansancio1',
    );
  });

  it('offers the step being worked on, and its prompt, in Spanish', async () => {
    await setTodayShowsWords(true);
    await setStatus(4, 'working');
    renderApp('/');
    const step = STEPS[3]!;
    const card = (
      await screen.findByRole(
        'heading',
        { name: `Estás trabajando el paso 4: ${step.title}` },
        // The Spanish steps' first import in a test run is slow to compile.
        { timeout: 15_000 },
      )
    ).closest('section')!;
    const write = within(card).getByRole('link', { name: 'Escribir sobre esto' });
    const prompt = document.getElementById(write.getAttribute('aria-describedby')!)!;
    expect(step.prompts.map((p) => p.text)).toContain(prompt.textContent);
    expect(within(card).getByRole('link', { name: 'Abrir el paso 4' })).toBeInTheDocument();
  });

  it('counts recovery days and says a refused date in Spanish', async () => {
    const { user } = renderApp('/today/recovery');
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Encender los días de recuperación' },
        { timeout: 15_000 },
      ),
    );
    const start = await screen.findByLabelText('¿Cuándo empezó tu recuperación?');
    fireEvent.change(start, { target: { value: dayKey(addDays(new Date(), 1).getTime()) } });
    await user.click(screen.getByRole('button', { name: 'Empezar a contar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ese día todavía no llegó. Elige hoy o un día anterior.',
    );
    expect(screen.queryByText(/That day has not come yet/)).toBeNull();

    fireEvent.change(start, { target: { value: dayKey(daysAgo(10).getTime()) } });
    await user.click(screen.getByRole('button', { name: 'Empezar a contar' }));
    const count = await screen.findByRole('group', { name: 'Tu cuenta' });
    expect(count).toHaveTextContent('11 días de recuperación');
    const since = format(daysAgo(10), "d 'de' MMMM 'de' yyyy", { locale: es });
    expect(count).toHaveTextContent(`Todos los días desde el ${since}.`);
    expect(screen.getByRole('form', { name: 'Anotar un desliz' })).toBeInTheDocument();
    expect(screen.queryByText(/days of recovery/)).toBeNull();
  });

  it('starts a goal in Spanish', async () => {
    const { user } = renderApp('/today/goals');
    expect(
      await screen.findByText(/Todavía no hay metas/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Empezar una meta nueva' }));
    await screen.findByRole('heading', { level: 1, name: 'Una meta nueva' });
    const measure = screen.getByRole('group', { name: 'Cómo la vas a medir' });
    expect(
      within(measure).getByRole('radio', { name: 'Una escala de 0 a 10' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Tu meta, con tus palabras'), 'Caminar');
    const form = (await screen.findByRole('heading', { name: 'Anotar un día' })).closest('form')!;
    await user.click(within(form).getByRole('radio', { name: 'Listo' }));
    await user.click(within(form).getByRole('button', { name: 'Guardar para este día' }));
    const day = format(new Date(), "EEEE d 'de' MMMM", { locale: es });
    await waitFor(() =>
      expect(within(form).getByRole('status')).toHaveTextContent(`Anotado para el ${day}.`),
    );
    expect(screen.queryByText(/Log a day/)).toBeNull();
  });
});
