import { test, expect } from './fixtures';
import { runAxe } from './helpers/axe';

// addScriptTag inlines axe into the page, which the app's strict CSP rightly refuses.
test.use({ bypassCSP: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Help now's crisis lines, ${colorScheme}`, () => {
    test.describe('a phone in Brazil, in Portuguese', () => {
      test.use({ locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });

      test('shows Brazil first, a chosen country after, a line of one’s own; axe finds nothing', async ({
        page,
      }, testInfo) => {
        await page.emulateMedia({ colorScheme });
        await page.goto('/#/help');
        const brazil = page.getByRole('group', { name: 'Lines in Brazil' });
        await expect(brazil.getByRole('link', { name: 'Call 188' })).toHaveAttribute(
          'href',
          'tel:188',
        );
        await expect(brazil.getByRole('link', { name: 'Call 192' })).toBeVisible();

        await page.getByRole('button', { name: 'Add a line of your own' }).click();
        await page.getByLabel('Name of the line').fill('Linha da minha madrinha');
        await page.getByLabel('Number').fill('11 5555 0199');
        await page.getByRole('button', { name: 'Save this line' }).click();
        await expect(
          page.getByRole('group', { name: 'Your own lines' }).getByRole('link', {
            name: 'Call 11 5555 0199',
          }),
        ).toBeVisible();

        await page.getByLabel('Lines for another country').selectOption('Portugal');
        await expect(
          page.getByRole('group', { name: 'Lines in Portugal' }).getByRole('link', {
            name: 'Call 1411',
          }),
        ).toBeVisible();
        await page.getByText('Lines in other countries').click();

        const { checked, violations } = await runAxe(page);
        expect(checked, 'axe rules that ran and passed').toBeGreaterThan(10);
        expect(violations).toEqual([]);
        await page.screenshot({
          path: testInfo.outputPath(`help-region-${colorScheme}.png`),
          fullPage: true,
        });

        // Remembered: the chosen country is still first after a reload.
        await page.reload();
        await expect(
          page.getByRole('group', { name: 'Lines in Portugal' }).getByRole('link', {
            name: 'Call 1411',
          }),
        ).toBeVisible();
      });
    });

    test.describe('a phone that does not say where it is', () => {
      test.use({ locale: 'es', timezoneId: 'Etc/UTC' });

      test('asks for the country with the likely emergency numbers; axe finds nothing', async ({
        page,
      }, testInfo) => {
        await page.emulateMedia({ colorScheme });
        await page.goto('/#/help');
        const ask = page.getByRole('group', { name: 'Choose your country' });
        await expect(ask.getByRole('heading', { name: 'Choose your country' })).toBeVisible();
        await expect(ask.getByRole('link', { name: 'Call 911' }).first()).toHaveAttribute(
          'href',
          'tel:911',
        );
        const { checked, violations } = await runAxe(page);
        expect(checked, 'axe rules that ran and passed').toBeGreaterThan(10);
        expect(violations).toEqual([]);
        await page.screenshot({
          path: testInfo.outputPath(`help-choose-${colorScheme}.png`),
          fullPage: true,
        });
        await ask.getByLabel('Your country').selectOption('Mexico');
        await expect(
          page.getByRole('group', { name: 'Lines in Mexico' }).getByRole('link', {
            name: 'Call 800 911 2000',
          }),
        ).toBeVisible();
      });
    });
  });
}
