import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../../src/core/i18n/showLanguage';
import { db } from '../../src/db/db';
import { exportBackup } from '../../src/features/backup/exportBackup';
import { freshVault } from '../helpers/freshVault';
import { seedRecords } from '../helpers/journalRecords';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

// Saving, bringing in and looking after a backup, walked in Spanish as a person would.

const T = Date.UTC(2026, 0, 3, 12);
const ENTRY = {
  id: 'e1',
  created: T,
  updated: T,
  day: '2026-01-03',
  step: 0,
  fields: { title: 'Mi noche', body: 'Llamé a quien me apadrina', tags: [] },
};

/** The files the page hands to the browser's download, as the person would find them. */
function catchDownloads(): Blob[] {
  const made: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    made.push(blob as Blob);
    return 'blob:made';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return made;
}

describe('backups in Spanish', () => {
  beforeEach(async () => {
    await resetApp();
    await showLanguage('es');
  });
  // Later files share these modules: they start in English, as a fresh page does.
  afterEach(async () => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'storage');
    await showLanguage('en');
  });

  it('saves a backup and a Markdown file with Spanish words', async () => {
    await freshVault();
    await seedRecords({ entries: [ENTRY] });
    const made = catchDownloads();
    const { user } = renderApp('/settings/backup');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Guardar una copia de seguridad' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Para leer e imprimir' })).toBeVisible();
    expect(screen.queryByText('For reading and printing')).toBeNull();

    await user.type(screen.getByLabelText('Frase de acceso para esta copia de seguridad'), 'corta');
    await user.click(screen.getByRole('button', { name: 'Guardar una copia de seguridad' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Elige una frase de acceso de al menos 8 caracteres para esta copia de seguridad.',
    );

    const scope = screen.getByRole('group', { name: 'Qué poner en el archivo' });
    await user.click(within(scope).getByRole('radio', { name: 'Todo' }));
    await user.click(screen.getByRole('button', { name: 'Guardar como Markdown' }));
    expect(
      await screen.findByText(
        'Tu archivo Markdown está guardado. No está cifrado: guárdalo en un lugar privado.',
      ),
    ).toBeVisible();
    const markdown = await made[0]!.text();
    expect(markdown).toContain('# Mi diario de Stepwork');
    expect(markdown).toContain('## Entradas del diario');
    expect(markdown).toContain('_3 de enero de 2026_');
    expect(markdown).toContain('Llamé a quien me apadrina');
    expect(markdown).not.toMatch(/Journal entries|January|Saved/);
  });

  it('refuses a damaged file calmly, then brings in a good one, all in Spanish', async () => {
    await freshVault();
    await seedRecords({ entries: [ENTRY] });
    const text = (await exportBackup()).text;
    await resetApp();
    await showLanguage('es');
    const { user } = renderApp('/settings/import');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Traer una copia de seguridad' }),
    ).toBeVisible();

    await user.upload(
      await screen.findByLabelText('Archivo de copia de seguridad'),
      new File([text.slice(0, 80)], 'cortado.json', { type: 'application/json' }),
    );
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent(
      'Este archivo de copia de seguridad se interrumpe a mitad de camino',
    );
    expect(refusal).toHaveTextContent('Tu diario en este dispositivo sigue tal como estaba.');
    expect(refusal).not.toHaveTextContent(/has not been changed|stops part-way/);
    expect(await db.entries.count()).toBe(0);

    await user.upload(
      await screen.findByLabelText('Archivo de copia de seguridad'),
      new File([text], 'copia.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Qué hay en esta copia de seguridad' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        /^Se guardó el \d{1,2} de \p{L}+ de \d{4}, con 1 registro, escrito el 3 de enero de 2026\.$/u,
      ),
    ).toBeVisible();
    expect(screen.getByRole('row', { name: /Entradas del diario/ })).toBeVisible();
    expect(screen.queryByText('What is in this backup')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Traer la copia de seguridad' }));
    expect(await screen.findByText('Se agregó 1 registro a tu diario.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ir a tu diario' })).toBeVisible();
    expect(await db.entries.count()).toBe(1);
  });

  it('shows storage health and makes the calendar reminder in Spanish', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: async () => false,
        persist: async () => false,
        estimate: async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 }),
      },
    });
    await freshVault();
    await seedRecords({ entries: [ENTRY] });
    const { user } = renderApp('/settings/storage');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Almacenamiento en este dispositivo' }),
    ).toBeVisible();
    expect(await screen.findByText(/^Todavía no está prometido/)).toBeVisible();
    expect(await screen.findByText(/unos 3,0 MB de los 2,0 GB/)).toBeVisible();
    const table = await screen.findByRole('table', {
      name: 'Registros en este dispositivo, por tipo',
    });
    expect(within(table).getByRole('row', { name: /Entradas del diario/ })).toHaveTextContent('1');
    const remind = screen.getByLabelText('Recordarme guardar una copia de seguridad después de');
    expect(within(remind).getByRole('option', { name: 'No recordármelo nunca' })).toBeTruthy();
    expect(within(remind).getByRole('option', { name: '14 días' })).toBeTruthy();
    expect(screen.queryByText('Space')).toBeNull();

    const made = catchDownloads();
    window.location.hash = '#/settings/reminder';
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Un recordatorio diario' }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Guardar el archivo de calendario' }));
    expect(
      await screen.findByText(
        /^El archivo de calendario está guardado\. Ábrelo para agregar “Registro de la noche”/,
      ),
    ).toBeVisible();
    await waitFor(() => expect(made).toHaveLength(1));
    expect(await made[0]!.text()).toContain('SUMMARY:Registro de la noche');
  });
});
