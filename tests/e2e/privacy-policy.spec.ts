import { test, expect } from './fixtures';

test('the built page carries a CSP that only lets it talk to itself', async ({ page }) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  // No directive may name another host: only keywords and local schemes, and in script-src the
  // hash of the one inline script (the first frame's preload of the opened screen's code).
  for (const [name, values] of directives) {
    for (const value of values) {
      const hash = name === 'script-src' && /^'sha256-[A-Za-z0-9+/]+={0,2}'$/.test(value);
      if (!hash) expect(value, name).toMatch(/^('[a-z-]+'|data:|blob:)$/);
    }
  }
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});
