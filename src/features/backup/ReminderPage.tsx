import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useT } from '../../core/i18n/language';
import { getSetting, setSetting } from '../../core/settingsRepo';
import { DEFAULT_REMINDER_TIME, REMINDER_TIME_KEY } from './backupSettings';
import { downloadText } from './download';
import { EVENT_TITLE, eveningCheckinIcs } from './ics';
import './backup.css';

export default function ReminderPage() {
  const stored = useLiveQuery(
    async () => (await getSetting<string>(REMINDER_TIME_KEY)) ?? DEFAULT_REMINDER_TIME,
    [],
  );
  const [typed, setTyped] = useState<string | null>(null);
  const [named, setNamed] = useState(false);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const time = typed ?? stored ?? DEFAULT_REMINDER_TIME;
  const t = useT();
  const title = t(EVENT_TITLE);

  async function save() {
    try {
      const text = eveningCheckinIcs(time, undefined, undefined, { named });
      await setSetting(REMINDER_TIME_KEY, time);
      const file = named ? 'stepwork-evening-check-in.ics' : 'evening-check-in.ics';
      downloadText(file, text, 'text/calendar');
      setMessage({
        text: t(
          'The calendar file is saved. Open it to add “{title}” to your calendar; your calendar will remind you each day. You can change or remove it there at any time.',
          { title },
        ),
        alert: false,
      });
    } catch {
      setMessage({ text: t('Choose a time, like 20:30, and try again.'), alert: true });
    }
  }

  return (
    <section className="backup">
      <h1>{t('A daily reminder')}</h1>
      <p>
        {t(
          'Stepwork has no server and sends no notifications. Instead, it can make a small calendar file with a daily “{title}” at a time you choose. Add it to your own calendar, and the calendar reminds you. Nothing about your journal is in the file, and unless you choose otherwise, not the app’s name either.',
          { title },
        )}
      </p>
      <form
        autoComplete="off"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor="reminder-time">{t('Time of the reminder')}</label>
          <input
            autoComplete="off"
            id="reminder-time"
            className="input"
            type="time"
            required
            value={time}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="choice">
            <input
              autoComplete="off"
              type="checkbox"
              checked={named}
              onChange={(event) => setNamed(event.target.checked)}
            />
            <span>{t('Name Stepwork in the calendar')}</span>
          </label>
        </div>
        <button type="submit" className="button">
          {t('Save the calendar file')}
        </button>
      </form>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
