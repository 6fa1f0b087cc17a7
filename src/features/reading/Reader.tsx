import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import type { DocPart, ReadingDocument } from '../backup';
import { HandOver } from './HandOver';
import { READING_SIZES, setReadingSize, useReadingSize } from './readingSize';
import { useWakeLock } from './useWakeLock';
import './reading.css';

export interface ReaderProps {
  /** `null` while the words are opening. */
  doc: ReadingDocument | null;
  /** Where "Done reading" goes back to. */
  back: string;
  /** The file name a saved copy gets, without its extension. */
  fileName: string;
  /** Letters are never handed over by the app: they can only be printed. */
  letter?: boolean;
}

interface Page {
  section: string;
  part: DocPart;
}

/**
 * What a person reads aloud, full screen, one piece at a time: large type they choose, nothing
 * to edit, and the screen kept awake. The top bar (Help now, Quick exit) stays; the bottom bar
 * steps aside while reading (reading.css).
 */
export function Reader({ doc, back, fileName, letter = false }: ReaderProps) {
  const t = useT();
  useWakeLock();
  const size = useReadingSize();
  const [at, setAt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const pages: Page[] =
    doc?.sections.flatMap((section) =>
      section.parts.map((part) => ({ section: section.title, part })),
    ) ?? [];
  const index = Math.min(at, Math.max(pages.length - 1, 0));
  const page = pages[index];

  // A new page starts at its title, and a screen reader reads it from there.
  useEffect(() => {
    if (!moved.current) return;
    heading.current?.focus();
    window.scrollTo(0, 0);
  }, [index]);
  const go = (to: number) => {
    moved.current = true;
    setAt(to);
  };

  const step = (by: number) => {
    const i = READING_SIZES.indexOf(size as (typeof READING_SIZES)[number]) + by;
    const next = READING_SIZES[i];
    if (next !== undefined) void setReadingSize(next);
  };
  const style = { '--reading-size': `${size / 16}rem` } as CSSProperties;

  return (
    <article className="reading" style={style}>
      <div className="reading__bar">
        <Link href={back} className="button button--quiet">
          {t('Done reading')}
        </Link>
        <div className="reading__size" role="group" aria-labelledby="reading-size-label">
          <span id="reading-size-label">{t('Text size')}</span>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => step(-1)}
            disabled={size === READING_SIZES[0]}
          >
            {t('Smaller')}
          </button>
          <output aria-live="polite">{size} px</output>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => step(1)}
            disabled={size === READING_SIZES[READING_SIZES.length - 1]}
          >
            {t('Larger')}
          </button>
        </div>
      </div>

      {doc === null ? (
        <p className="muted" role="status">
          {t('Opening your words…')}
        </p>
      ) : !page ? (
        <div className="reading__page">
          <h1>{t('There is nothing to read here yet')}</h1>
          <p>
            {t(
              'When there are words here, they will be ready to read. You can choose something else to read whenever you like.',
            )}
          </p>
        </div>
      ) : (
        <>
          <div className="reading__page">
            <p className="reading__where">
              {page.section}
              {pages.length > 1 &&
                ` · ${t('{page} of {pages}', { page: index + 1, pages: pages.length })}`}
            </p>
            <h1 ref={heading} tabIndex={-1}>
              {page.part.title || page.section}
            </h1>
            <PartWords part={page.part} />
          </div>
          {pages.length > 1 && (
            <nav className="reading__nav" aria-label={t('Pages')}>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => go(index - 1)}
                disabled={index === 0}
              >
                {t('← Previous')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => go(index + 1)}
                disabled={index === pages.length - 1}
              >
                {t('Next →')}
              </button>
            </nav>
          )}
          <HandOver doc={doc} fileName={fileName} letter={letter} />
          <PrintCopy doc={doc} />
        </>
      )}
    </article>
  );
}

function PartWords({ part, labels = 'h2' }: { part: DocPart; labels?: 'h2' | 'h4' }) {
  const Label = labels;
  return (
    <>
      {part.meta.length > 0 && <p className="reading__meta">{part.meta.join(' · ')}</p>}
      {part.fields.map((item, i) => (
        <section key={i} className="reading__field">
          {item.label && <Label className="reading__label">{item.label}</Label>}
          <p className="reading__text" dir="auto">
            {item.text}
          </p>
        </section>
      ))}
    </>
  );
}

/** The whole of what was chosen, for paper: shown only when printing (reading.css). */
function PrintCopy({ doc }: { doc: ReadingDocument }) {
  return (
    // Hidden from the screen and from screen readers (the page above says it); print shows it.
    <div className="reading__print" hidden>
      <p className="reading__print-title">{doc.title}</p>
      {doc.sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          {section.parts.map((part, i) => (
            <section key={i} className="reading__print-part">
              {part.title && <h3>{part.title}</h3>}
              <PartWords part={part} labels="h4" />
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
