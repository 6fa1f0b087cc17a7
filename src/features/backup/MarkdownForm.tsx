import { useState } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { friendlyDay } from '../../lib/dates';
import { useEntriesWhen } from '../journal';
import { readJournal } from './backupRepo';
import { downloadText } from './download';
import { describeExportError } from './exportErrors';
import { journalMarkdown, type MarkdownScope } from './markdown';
import { ProgressLine } from './ProgressLine';

type Kind = MarkdownScope['kind'];

const SCOPES: readonly (readonly [Kind, string])[] = [
  ['everything', msg('Everything')],
  ['step', msg('One step’s work, with its inventory, amends or check-ins where it has them')],
  ['entries', msg('Entries I choose')],
];

/** Markdown for reading and printing: everything, one step's work, or chosen entries. */
export function MarkdownForm() {
  const [kind, setKind] = useState<Kind>('everything');
  const [step, setStep] = useState(1);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const entries = useEntriesWhen(kind === 'entries');
  const t = useT();

  async function save() {
    if (kind === 'entries' && chosen.size === 0) {
      setMessage({ text: t('Choose at least one entry first.'), alert: true });
      return;
    }
    setMessage(null);
    setProgress({ done: 0, total: 0 });
    try {
      const { journal } = await readJournal((done, total) => setProgress({ done, total }));
      const scope: MarkdownScope =
        kind === 'step'
          ? { kind, step }
          : kind === 'entries'
            ? { kind, ids: [...chosen] }
            : { kind };
      const name =
        kind === 'step'
          ? `stepwork-step-${step}.md`
          : kind === 'entries'
            ? 'stepwork-entries.md'
            : 'stepwork-journal.md';
      downloadText(name, journalMarkdown(journal, scope), 'text/markdown');
      setMessage({
        text: t('Your Markdown file is saved. It is not encrypted: keep it somewhere private.'),
        alert: false,
      });
    } catch (error) {
      setMessage({ text: describeExportError(error), alert: true });
    } finally {
      setProgress(null);
    }
  }

  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <form
      autoComplete="off"
      className="backup-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className="backup-choices">
        <legend>{t('What to put in the file')}</legend>
        {SCOPES.map(([value, label]) => (
          <div className="backup-check" key={value}>
            <input
              autoComplete="off"
              id={`md-${value}`}
              type="radio"
              name="md-scope"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            <label htmlFor={`md-${value}`}>{t(label)}</label>
          </div>
        ))}
      </fieldset>
      {kind === 'step' && (
        <div className="field">
          <label htmlFor="md-step">{t('Step')}</label>
          <select
            autoComplete="off"
            id="md-step"
            className="input"
            value={step}
            onChange={(e) => setStep(Number(e.target.value))}
          >
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {t('Step {step}', { step: i + 1 })}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'entries' && (
        <fieldset className="backup-choices backup-entries">
          <legend>{t('Entries')}</legend>
          {entries === undefined && <p className="muted">{t('Opening your entries…')}</p>}
          {entries?.length === 0 && <p className="muted">{t('There are no entries yet.')}</p>}
          {entries
            ?.filter((entry) => entry.deletedAt === undefined && !entry.unreadable)
            .map((entry) => (
              <div className="backup-check" key={entry.id}>
                <input
                  autoComplete="off"
                  id={`md-entry-${entry.id}`}
                  type="checkbox"
                  checked={chosen.has(entry.id)}
                  onChange={() => toggle(entry.id)}
                />
                <label htmlFor={`md-entry-${entry.id}`}>
                  {entry.title.trim() || entry.body.slice(0, 60) || t('Untitled')}{' '}
                  <span className="muted">({friendlyDay(entry.created)})</span>
                </label>
              </div>
            ))}
        </fieldset>
      )}
      <button type="submit" className="button button--quiet" disabled={progress !== null}>
        {t('Save as Markdown')}
      </button>
      {progress && (
        <ProgressLine
          label={t('Gathering your words:')}
          done={progress.done}
          total={progress.total}
        />
      )}
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}
