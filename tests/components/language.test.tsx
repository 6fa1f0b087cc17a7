import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguageStore } from '../../src/core/i18n/language';
import {
  deviceLanguage,
  followLanguage,
  LANGUAGE_KEY,
  showLanguage,
} from '../../src/core/i18n/showLanguage';
import { getSetting } from '../../src/core/settingsRepo';
import { friendlyDay, weekdayAndDate } from '../../src/lib/dates';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

/** Waits for the catalog to load (its first import in a test run is slow to compile). */
async function spoken(language: string) {
  await waitFor(() => expect(useLanguageStore.getState().language).toBe(language), {
    timeout: 10000,
  });
}

/** The device's languages, as navigator.languages gives them. */
function deviceSpeaks(...languages: string[]) {
  vi.stubGlobal('navigator', { ...navigator, languages });
}

describe('the language of the app', () => {
  beforeEach(resetApp);
  afterEach(async () => {
    vi.unstubAllGlobals();
    // Later files share these modules: they start in English, as a fresh page does.
    await showLanguage('en');
  });

  it('is the first of the device’s languages it speaks, English otherwise', () => {
    expect(deviceLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(deviceLanguage(['fr-FR', 'es-419', 'en'])).toBe('es');
    expect(deviceLanguage(['en-GB', 'es'])).toBe('en');
    expect(deviceLanguage(['pt-BR', 'fr'])).toBe('en');
    expect(deviceLanguage([])).toBe('en');
  });

  it('follows a Spanish device: the shell, <html lang> and dates are in Spanish', async () => {
    deviceSpeaks('es-MX', 'en');
    await followLanguage();
    renderApp('/');
    await spoken('es');
    const topBar = await screen.findByRole('banner');
    expect(await within(topBar).findByRole('link', { name: 'Ayuda ahora' })).toBeInTheDocument();
    expect(within(topBar).getByRole('button', { name: 'Salida rápida' })).toBeInTheDocument();
    expect(within(topBar).getByRole('link', { name: 'Ajustes' })).toBeInTheDocument();
    const nav = await screen.findByRole('navigation', { name: 'Principal' });
    expect(within(nav).getByRole('link', { name: 'Pasos' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    expect(weekdayAndDate(new Date(2026, 11, 1))).toBe('martes, 1 de diciembre');
    expect(friendlyDay(Date.now())).toBe('Hoy');
  });

  it('is chosen in Settings, remembered, and chosen over the device’s', async () => {
    deviceSpeaks('en-US');
    await followLanguage();
    const { user } = renderApp('/settings');
    const choice = await screen.findByRole('combobox', { name: 'Language' });
    await waitFor(() => expect(choice).toBeEnabled());
    expect(within(choice).getByRole('option', { name: 'English, as this device is set' }));
    await user.selectOptions(choice, 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajustes' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    expect(document.documentElement.lang).toBe('es');
    expect(await getSetting(LANGUAGE_KEY)).toBe('es');

    // The next visit, on the same English device, opens in Spanish.
    await showLanguage('en');
    expect(useLanguageStore.getState().language).toBe('en');
    await followLanguage();
    await spoken('es');

    // Back to the device's language.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), '');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(await getSetting(LANGUAGE_KEY)).toBeUndefined();
  });

  it('keeps the crisis lines of the region, whatever the language', async () => {
    // Spanish spoken in the United States: United States lines, with the country's name in Spanish.
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat('en').resolvedOptions(),
      timeZone: 'America/Chicago',
    });
    deviceSpeaks('es-US', 'en-US');
    await followLanguage();
    renderApp('/help');
    await spoken('es');
    const lines = await screen.findByRole('group', { name: 'Líneas en Estados Unidos' });
    expect(within(lines).getByRole('heading', { name: 'Estados Unidos' })).toBeInTheDocument();
    expect(within(lines).getByRole('link', { name: 'Llamar al 911' })).toBeInTheDocument();
    expect(within(lines).getByText('Policía, ambulancia o bomberos.')).toBeInTheDocument();
  });
});
