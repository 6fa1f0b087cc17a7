/** The local midnight that starts a `yyyy-MM-dd` day key. */
export function dayStartOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}
