/** The phone every browser test looks through: a 390×844 portrait screen. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
} as const;
