import { useOpened } from '../../core/useOpened';
import { useState } from 'react';
import { t } from '../../core/i18n/language';
import { lazyScreen } from '../../core/lazyScreen';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { telHref } from './phoneLinks';
import { callLabel } from './CrisisLinesCard';
import {
  listOwnCrisisLines,
  OwnLineInputError,
  removeOwnCrisisLine,
  type OwnCrisisLine,
} from './ownCrisisLinesRepo';

const notOpened = () =>
  t('Your own lines could not be opened just now. Nothing about them was changed.');

type OwnLines = OwnCrisisLine[] | 'failed' | undefined;

/** The person's own lines, live; undefined while they open, 'failed' when they cannot be read. */
export function useOwnLines(): OwnLines {
  return useOpened(listOwnCrisisLines);
}

// Loaded on the tap that opens it: Help now is warmed first after the first screen, the form
// need not come with it.
const AddLineForm = lazyScreen(() => import('./AddOwnLineForm'));

function OwnLinesList({ given }: { given: OwnLines }) {
  const read = useOwnLines();
  // Help now reads them before it draws them (so nothing moves down as they arrive); elsewhere
  // this reads them itself.
  const lines = given ?? read;
  const [removeError, setRemoveError] = useState<string | null>(null);
  if (lines === 'failed') return <p className="notice">{notOpened()}</p>;

  function remove(line: OwnCrisisLine) {
    setRemoveError(null);
    removeOwnCrisisLine(line.id).catch((error: unknown) => {
      if (!(error instanceof OwnLineInputError)) console.error(error);
      setRemoveError(
        t('“{name}” could not be removed just now. It is still here.', { name: line.name }),
      );
    });
  }

  return (
    <>
      {lines && lines.length > 0 && (
        <div className="card" role="group" aria-label={t('Your own lines')}>
          <ul className="stack plain-list">
            {lines.map((line) => (
              <li key={line.id}>
                <strong>{line.name}</strong>
                {line.note && (
                  <>
                    <br />
                    <span className="muted">{line.note}</span>
                  </>
                )}
                <span className="row">
                  <a className="button button--quiet" href={telHref(line.number)}>
                    {callLabel(line.number)}
                  </a>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => remove(line)}
                  >
                    {t('Remove {name}', { name: line.name })}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {removeError && (
            <p role="alert" className="notice">
              {removeError}
            </p>
          )}
        </div>
      )}
    </>
  );
}

/** Adding comes after the numbers, so in a hard moment nothing stands before them. */
export function AddOwnCrisisLine() {
  const [adding, setAdding] = useState(false);
  return adding ? (
    <AddLineForm onDone={() => setAdding(false)} />
  ) : (
    <p>
      <button type="button" className="button button--quiet" onClick={() => setAdding(true)}>
        {t('Add a line of your own')}
      </button>
    </p>
  );
}

/** The lines a person added, first among the crisis lines. Sealed: only where the journal is
 * open; if they cannot be read, the built-in lines beside them still show. */
export function OwnCrisisLines({ lines }: { lines?: OwnLines }) {
  return (
    <SectionBoundary fallback={<p className="notice">{notOpened()}</p>}>
      <OwnLinesList given={lines} />
    </SectionBoundary>
  );
}
