import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { longDate } from './dates';
import { LetterEditor } from './LetterEditor';
import { LetterReader } from './LetterReader';
import { useAmendsItem, useLetter } from './useAmends';
import './amends.css';

/**
 * One letter at /amends/letters/:id. A draft (or a letter not written yet) opens the composer;
 * finished and sealed letters read quietly with their actions; a released one is only a date.
 * `to` seeds whom a new letter is to: an amends item's id, or `myself`.
 */
export default function LetterPage({ id, to }: { id: string; to?: string }) {
  const letter = useLetter(id);
  const toItem = to && to !== 'myself' ? to : '';
  const item = useAmendsItem(toItem);
  const loading = letter === null || (toItem !== '' && !letter && item === null);
  const t = useT();
  return (
    <section className="amends">
      <Link href={ROUTES.amendsLetters} className="amends-back">
        {t('Back to your letters')}
      </Link>
      <h1>{t('An unsent letter')}</h1>
      {loading ? (
        <p className="muted">{t('Opening…')}</p>
      ) : letter?.unreadable ? (
        <p className="notice">
          {t(
            'This letter could not be opened. It is left exactly as it is, and nothing else is affected.',
          )}
        </p>
      ) : letter?.status === 'released' ? (
        <p className="amends-released">
          {t('A letter released on {date}. Its words are gone for good.', {
            date: longDate(letter.releasedAt ?? letter.updated),
          })}
        </p>
      ) : letter && letter.status !== 'draft' ? (
        <>
          <LetterReader letter={letter} />
          <Link href={ROUTES.readLetter(id)} className="button button--quiet">
            {t('Read it aloud')}
          </Link>
        </>
      ) : (
        <LetterEditor
          key={id}
          id={id}
          initial={letter}
          seed={
            to === 'myself'
              ? { kind: 'myself', toMyself: true }
              : item && !item.unreadable
                ? item.myself
                  ? { kind: 'myself', toMyself: true }
                  : { kind: 'harmed', amendsId: item.id, recipient: item.person }
                : {}
          }
        />
      )}
    </section>
  );
}
