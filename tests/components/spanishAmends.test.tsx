import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { db } from '../../src/db/db';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

/** A radio inside the fieldset whose legend is `question`. */
function answer(question: string | RegExp, choice: string | RegExp) {
  const group = screen.getByRole('group', { name: question });
  return within(group).getByRole('radio', { name: choice });
}

// Steps 8 and 9 in Spanish: the list, the harm check, an unsent letter and amends to yourself.
describe('the amends screens in Spanish', () => {
  beforeEach(async () => {
    await resetApp();
    await showLanguage('es');
  });
  // Later files share these modules: they start in English, as a fresh page does.
  afterEach(() => showLanguage('en'));

  it('lists a person, checks gently whether reaching out is safe, and suggests a safe way', async () => {
    const { user } = renderApp('/amends');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reparar' })).toBeVisible();
    expect(screen.getByText(/^Ve con calma\. Reparar puede remover muchas cosas/)).toBeVisible();
    expect(screen.getByText(/^Stepwork nunca se pone en contacto con nadie/)).toBeVisible();
    expect(screen.queryByText(/Go gently/)).toBeNull();

    await user.click(await screen.findByRole('link', { name: 'Agregar a alguien a la lista' }));
    const who = await screen.findByRole('group', { name: '¿Quién es?' });
    expect(
      within(who)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(['Yo', 'Otra persona']);
    await user.type(screen.getByLabelText('Su nombre, o cómo piensas en esa persona'), 'Sam');
    expect(answer('¿Cuánta disposición sientes?', 'Abriéndome a reparar')).toBeInTheDocument();
    await user.click(
      await screen.findByRole('link', { name: 'Revisar si es seguro ponerte en contacto' }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: '¿Es seguro ponerte en contacto?' }),
    ).toBeVisible();
    expect(
      await screen.findByText('Responde lo que puedas; aquí aparecerá una sugerencia.'),
    ).toBeVisible();
    expect(screen.queryByText('Is it safe to reach out?')).toBeNull();
    await user.click(answer(/te pondría en riesgo/, 'Sí'));
    expect(screen.getByText(/^Una sugerencia:/)).toHaveTextContent(
      'Una sugerencia: Una carta que no se envía.',
    );
    expect(screen.getByText(/^Tu seguridad va primero/)).toBeVisible();
    const kinds = screen.getByRole('group', {
      name: '¿Qué tipo de reparación te parece adecuado?',
    });
    await user.click(
      within(kinds).getByRole('radio', { name: /Una carta que no se envía \(sugerencia\)/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Guardar mis respuestas' }));
    expect(
      await screen.findByText(/Elegir un camino seguro ya es parte de la reparación/),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Escribir una carta que no se envía, para Sam' }),
    ).toBeVisible();
  }, 30_000);

  it('keeps an unsent letter, says its refusal and its sealing date in Spanish', async () => {
    const { user } = renderApp('/amends/letters');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cartas que no se envían' }),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Escribir una carta que no se envía' }));
    await user.click(await screen.findByRole('radio', { name: /^Para alguien a quien hice daño/ }));
    await user.type(await screen.findByLabelText('Lo que lamento'), 'Mi silencio');
    await user.click(screen.getByRole('button', { name: 'Terminar esta carta' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Escribe para quién es esta carta antes de terminarla. Mientras tanto, se guarda como borrador.',
    );

    await user.type(screen.getByLabelText('Su nombre'), 'Robin');
    await user.click(screen.getByRole('button', { name: 'Terminar esta carta' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Para Robin' })).toBeVisible();
    expect(
      screen.getByText('Una carta que no se envía, para alguien a quien hice daño'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Sellar esta carta' }));
    const month = new Intl.DateTimeFormat('es', { month: 'long' }).format(Date.now());
    expect(
      await screen.findByText(
        new RegExp(`^Sellada el \\d{1,2} de ${month} de \\d{4}\\. Solo se puede leer`),
      ),
    ).toBeVisible();
    expect(screen.queryByText(/Sealed on/)).toBeNull();
    expect((await db.letters.toArray())[0]?.status).toBe('sealed');
  }, 30_000);

  it('offers amends to yourself, and a care check-in dated in Spanish', async () => {
    const { user } = renderApp('/amends/myself');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reparar contigo' })).toBeVisible();
    expect(await screen.findByLabelText('Lo que me perdono')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Agregar este compromiso' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Escribe unas palabras sobre lo que vas a hacer por ti.',
    );
    await user.selectOptions(screen.getByLabelText('Tipo de cuidado'), 'Descanso');
    await user.type(screen.getByLabelText('Lo que vas a hacer por ti'), 'Dormir a las 11');
    await user.click(screen.getByRole('button', { name: 'Agregar este compromiso' }));
    await user.click(
      await screen.findByRole('button', { name: 'Registrar cómo te fue con “Dormir a las 11”' }),
    );
    await user.click(answer('¿Cómo te fue con “Dormir a las 11”?', 'En parte'));
    await user.click(screen.getByRole('button', { name: 'Guardar este registro' }));
    const log = await screen.findByRole('list', { name: 'Registros de “Dormir a las 11”' });
    const weekday = new Intl.DateTimeFormat('es', { weekday: 'long' }).format(Date.now());
    await waitFor(() => expect(log).toHaveTextContent(new RegExp(`^${weekday}, .*: En parte$`)));
    expect(screen.queryByText(/Partly/)).toBeNull();
  }, 30_000);
});
