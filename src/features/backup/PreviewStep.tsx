import { useState } from 'react';
import { useT } from '../../core/i18n/language';
import { ConflictChoices } from './ConflictChoices';
import { ExportForm } from './ExportForm';
import type { ImportMode } from './importRepo';
import { ImportPreview } from './ImportPreview';
import { number as count } from '../../lib/words';
import type { Choice, ImportChoices, ImportPlan } from './mergePlan';
import { SettingChoices } from './SettingChoices';

/** The preview and every choice the person makes before anything is written. Each choice starts
 * at the one that changes nothing here. */
export function PreviewStep({
  plan,
  exportedAt,
  onBringIn,
}: {
  plan: ImportPlan;
  exportedAt: number;
  onBringIn: (mode: ImportMode, choices: ImportChoices) => void;
}) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [all, setAll] = useState<Choice>('here');
  const [records, setRecords] = useState<Record<string, Choice>>({});
  const [settings, setSettings] = useState<string[]>([]);
  const t = useT();
  return (
    <>
      <ImportPreview plan={plan} exportedAt={exportedAt} />
      <fieldset className="backup-choices">
        <legend>{t('How to bring it in')}</legend>
        <div className="backup-check">
          <input
            autoComplete="off"
            id="mode-merge"
            type="radio"
            name="mode"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />
          <label htmlFor="mode-merge">
            {t(
              'Add to this journal. Records already here are skipped, and nothing here is replaced unless you choose it below.',
            )}
          </label>
        </div>
        <div className="backup-check">
          <input
            autoComplete="off"
            id="mode-replace"
            type="radio"
            name="mode"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          <label htmlFor="mode-replace">
            {t('Replace this journal with the backup. Everything written here now is removed.')}
          </label>
        </div>
      </fieldset>
      {mode === 'merge' && (
        <ConflictChoices
          conflicts={plan.conflicts}
          choices={{ all, records }}
          onAll={(choice) => {
            setAll(choice);
            setRecords({});
          }}
          onChoose={(key, choice) => setRecords((chosen) => ({ ...chosen, [key]: choice }))}
        />
      )}
      <SettingChoices
        differences={plan.settings}
        chosen={settings}
        onToggle={(key, on) =>
          setSettings((chosen) => (on ? [...chosen, key] : chosen.filter((k) => k !== key)))
        }
      />
      {mode === 'replace' && plan.existing > 0 && (
        <div className="card">
          <h2>{t('Before replacing: a backup of this journal')}</h2>
          <p>
            {plan.existing === 1
              ? t(
                  'This device holds 1 record that replacing would remove. Would you like to save it first?',
                )
              : t(
                  'This device holds {count} records that replacing would remove. Would you like to save them first?',
                  { count: count(plan.existing) },
                )}
          </p>
          <ExportForm />
        </div>
      )}
      <button
        type="button"
        className={mode === 'replace' ? 'button button--danger' : 'button'}
        onClick={() => onBringIn(mode, { all, records, settings })}
      >
        {mode === 'replace' ? t('Replace my journal with this backup') : t('Bring in the backup')}
      </button>
    </>
  );
}
