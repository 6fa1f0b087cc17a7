import { CRISIS_LINES } from './crisisLineCountries';
import { crisisCountry } from './crisisLines';
import { CountryCard, type Level } from './CrisisLinesCard';

/** The countries' cards with their crisis lines: loaded after the first paint (CrisisLines.tsx). */
export default function CrisisLinesByCountry({
  codes,
  level,
}: {
  codes: string[];
  level: Level | 4;
}) {
  return codes.map((code) => {
    const country = crisisCountry(code);
    return (
      country && (
        <CountryCard key={code} country={country} lines={CRISIS_LINES[code] ?? []} level={level} />
      )
    );
  });
}
