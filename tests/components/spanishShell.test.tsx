import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbFailure } from '../../src/app/DbFailure';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { useVaultStore } from '../../src/core/vaultStore';
import { db } from '../../src/db/db';
import { setLock } from '../../src/features/vault/lockRepo';
import { startVault } from '../../src/features/vault/vaultRepo';
import { describeSaveError } from '../../src/lib/errors';
import { TooLongError } from '../../src/lib/limits';
import { ConfirmRemove } from '../../src/ui/ConfirmRemove';
import { SaveLine } from '../../src/ui/SaveLine';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

const PASS = 'lanterns on the pier';
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

// The app's frame, its shared parts and the lock, for a person whose phone speaks Spanish.
describe('the shell, the shared parts and the lock in Spanish', () => {
  beforeEach(async () => {
    await resetApp();
    await showLanguage('es');
  });
  // Later files share these modules: they start in English, as a fresh page does.
  afterEach(() => showLanguage('en'));

  it('says a wrong passphrase kindly on the unlock screen, with Quick exit and help beside it', async () => {
    await db.open();
    await startVault();
    await setLock(PASS, PASS, { iterations: 1000 });
    useVaultStore.setState({ status: 'starting' }, true);
    const { user } = renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tu diario está bloqueado' }),
    ).toBeInTheDocument();
    // The unlock form's code arrives after the locked frame, so wait for it.
    const field = await screen.findByLabelText('Frase de acceso');
    expect(screen.getByRole('heading', { name: 'Si olvidaste tu frase de acceso' })).toBeVisible();
    expect(screen.getByText('¿Necesitas ayuda ahora?')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Salida rápida' })).toBeVisible();

    await user.type(field, 'lanterns on the beach{Enter}');
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Esa frase de acceso no abrió tu diario. Tómate tu tiempo e inténtalo otra vez.',
    );
    expect(screen.getByRole('button', { name: 'Desbloquear' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/passphrase|Your journal is locked|Unlock/);
  });

  it('offers a lock with the honest note first, and asks for the tick in Spanish', async () => {
    await db.open();
    await startVault();
    const { user } = renderApp('/settings/lock');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bloqueo con frase de acceso' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Elegir una frase de acceso' }),
    ).toBeVisible();
    expect(
      screen.getByText(/si olvidas tu frase de acceso, tu diario no se puede abrir/),
    ).toBeVisible();
    await user.type(screen.getByLabelText('Frase de acceso'), PASS);
    await user.type(screen.getByLabelText('Escríbela otra vez'), PASS);
    await user.click(screen.getByRole('button', { name: 'Poner el bloqueo' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Antes, lee la nota sobre una frase de acceso olvidada y marca la casilla.',
    );
    expect(
      screen.getByRole('checkbox', { name: /sin mi frase de acceso no se puede abrir mi diario/ }),
    ).not.toBeChecked();
  });

  it('finds nothing at an unknown address, and says the journal is safe', async () => {
    await db.open();
    await startVault();
    renderApp('/nowhere');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aquí no hay nada' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Esta página no existe en Stepwork. Tu diario está a salvo.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ir a Hoy' })).toBeVisible();
    expect(screen.queryByText('Nothing here')).toBeNull();
  });

  it('says where an editor’s words stand, and why a save did not land', () => {
    const { rerender } = render(<SaveLine state={{ status: 'idle' }} words={1} />);
    expect(screen.getByText('Se guarda mientras escribes · 1 palabra')).toBeInTheDocument();

    rerender(<SaveLine state={{ status: 'saved', at: Date.now() }} words={8} />);
    expect(screen.getByText('Guardado en este dispositivo · 8 palabras')).toBeInTheDocument();

    rerender(<SaveLine state={{ status: 'error', message: describeSaveError(quota()) }} />);
    expect(screen.getByText('Aún sin guardar')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^Tus palabras siguen aquí en la pantalla\. El dispositivo se quedó sin espacio/,
    );
    expect(screen.queryByText(/Saved|Not saved|words are still/)).toBeNull();

    // Two boxes too long: their names joined the Spanish way, the number written the Spanish way.
    expect(describeSaveError(new TooLongError(['Mis señales', 'Lo que ayuda'], 20_000))).toBe(
      'Tus palabras siguen aquí en la pantalla. Los textos de “Mis señales” y “Lo que ayuda” son más largos de lo que cabe en sus cuadros, así que solo se guardan los primeros 20.000 caracteres; todo lo demás aquí se guarda como siempre. Acorta un poco esos textos para que quepan completos.',
    );
  });

  it('asks before removing, keeps the item when removing fails, and says so', async () => {
    const user = userEvent.setup();
    let kept = false;
    render(
      <ConfirmRemove
        question="¿Quitar a Sam de tu gente?"
        yes="Sí, quitar"
        onRemove={() => Promise.reject(new Error('the disk said no'))}
        onKeep={() => {
          kept = true;
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Sí, quitar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No se pudo quitar en este momento. Sigue aquí; puedes intentarlo otra vez.',
    );
    await user.click(screen.getByRole('button', { name: 'Conservar' }));
    expect(kept).toBe(true);
    expect(screen.queryByRole('button', { name: 'Keep' })).toBeNull();
  });

  it('says in Spanish when the journal is open in an older tab', () => {
    render(<DbFailure kind="blocked" />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Stepwork está abierto en otra pestaña' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Cierra la otra pestaña. Esta seguirá por sí sola. No se perdió nada.'),
    ).toBeVisible();
  });
});
