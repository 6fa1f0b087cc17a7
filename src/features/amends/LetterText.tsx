import { useT } from '../../core/i18n/language';
import { kindOf, LETTER_KIND_PHRASES, sectionsOf } from './letterSections';
import { recipientLine } from './recipient';
import type { Letter } from './types';

/** A letter's words as the person wrote them: plain text, line breaks kept, never markup. */
export function LetterText({ letter, headingLevel = 2 }: { letter: Letter; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const written = sectionsOf(letter).filter((section) => letter.sections[section.id]?.trim());
  return (
    <article className="amends-letter" aria-label={t('Your letter')}>
      <Heading className="amends-words">{recipientLine(letter)}</Heading>
      <p className="muted">
        {t('An unsent letter, {kind}', { kind: t(LETTER_KIND_PHRASES[kindOf(letter)]) })}
      </p>
      {written.map((section) => (
        <section key={section.id} className="amends-letter__part">
          <p className="amends-letter__title muted">{t(section.title)}</p>
          <p className="amends-words">{letter.sections[section.id]}</p>
        </section>
      ))}
    </article>
  );
}
