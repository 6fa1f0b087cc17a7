import { useState } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { documentMarkdown, downloadText, type ReadingDocument } from '../backup';

interface Sharer {
  canShare?: (data: { files: File[] }) => boolean;
  share?(data: { files: File[]; title: string }): Promise<void>;
}

const WARNING = msg(
  'A printed page or a copy leaves this device’s protection. Keep it somewhere safe, or let it go.',
);

/**
 * Print, or hand over a copy of what was chosen: a file, or the phone's share sheet where it
 * takes files. Nothing leaves the device unless the person taps for it, twice: once to see the
 * choices and the warning, once to choose. Letters are never saved or shared from here.
 */
export function HandOver({
  doc,
  fileName,
  letter,
}: {
  doc: ReadingDocument;
  fileName: string;
  letter: boolean;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const text = () =>
    documentMarkdown(doc, t('Private: keep this copy somewhere only you can open.'));
  // Share sheets take plain text files where they take files at all; Markdown is plain text.
  const file = () => new File([text()], `${fileName}.txt`, { type: 'text/plain' });
  const sharer = navigator as Navigator & Sharer;
  const canShare = () => {
    try {
      return typeof sharer.share === 'function' && sharer.canShare?.({ files: [file()] }) === true;
    } catch {
      return false;
    }
  };

  const save = () => {
    downloadText(`${fileName}.md`, text(), 'text/markdown');
    setMessage({
      text: msg('Your copy is saved as a file. It is not encrypted: keep it somewhere private.'),
      alert: false,
    });
  };
  const share = async () => {
    setMessage(null);
    try {
      await sharer.share?.({ files: [file()], title: doc.title });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setMessage({
        text: msg(
          'Sharing did not work on this device. Nothing was sent. You can save it as a file instead.',
        ),
        alert: true,
      });
    }
  };

  return (
    <section className="reading__handover" aria-labelledby="reading-handover">
      <h2 id="reading-handover">{t('Print or keep a copy')}</h2>
      <p>{t(WARNING)}</p>
      {letter && (
        <p className="muted">
          {t(
            'A letter stays unsent: the app never saves or shares one for you. You can print it if you like.',
          )}
        </p>
      )}
      <div className="row">
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          {t('Print')}
        </button>
        {!letter && (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={open}
            onClick={() => setOpen((was) => !was)}
          >
            {t('Save or share a copy')}
          </button>
        )}
      </div>
      {open && !letter && (
        <div className="notice">
          <p>
            {t(
              'The copy is not encrypted. Whoever holds it can read it. Only you decide where it goes.',
            )}
          </p>
          <div className="row">
            <button type="button" className="button" onClick={save}>
              {t('Save as a file')}
            </button>
            {canShare() && (
              <button type="button" className="button button--quiet" onClick={() => void share()}>
                {t('Share…')}
              </button>
            )}
          </div>
        </div>
      )}
      {message && <p role={message.alert ? 'alert' : 'status'}>{t(message.text)}</p>}
    </section>
  );
}
