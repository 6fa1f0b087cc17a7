import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalog } from '../../src/core/i18n/catalogs/es';
import { t, useLanguageStore } from '../../src/core/i18n/language';
import { setDateLanguage } from '../../src/lib/dates';
import { setWordsLanguage } from '../../src/lib/words';
import { BACKUP_TABLES, type BackupJournal } from '../../src/features/backup/format';
import { eveningCheckinIcs } from '../../src/features/backup/ics';
import { ImportError } from '../../src/features/backup/importErrors';
import { journalMarkdown } from '../../src/features/backup/markdown';
import { parseBackupText } from '../../src/features/backup/parseBackup';
import { recordLabel } from '../../src/features/backup/recordKinds';
import { loadDocumentWords } from '../../src/features/backup/document/words';
import * as stepsEn from '../../src/features/steps/content';
import * as stepsEs from '../../src/features/steps/content/es';
import type { StepWords } from '../../src/features/steps';
import * as vocabularyEn from '../../src/features/inventory/vocabulary';
import * as vocabularyEs from '../../src/features/inventory/vocabulary/es';

// What a Spanish speaker takes away from Stepwork: the Markdown file, the calendar event, and the
// words that refuse a backup file. (Node has no page to switch, so the language is set as
// showLanguage sets it.)

const T = Date.UTC(2026, 0, 2, 12);

const journal = {
  ...Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])),
  entries: [
    {
      id: 'a',
      created: T,
      updated: T,
      day: '2026-01-02',
      step: 4,
      fields: { title: '', body: 'Mis propias palabras', tags: ['esperanza'] },
    },
  ],
  contacts: [{ id: 'x', created: T, updated: T, fields: { name: 'Sam', phone: '555' } }],
  documents: [
    {
      id: 'recovery-days',
      created: T,
      updated: T,
      fields: { start: '2025-12-01', slips: [{ day: '2026-01-01', note: '' }] },
    },
  ],
  settings: [],
} as unknown as BackupJournal;

// As showLanguage does, minus the page: the catalog, and the language lib/ writes dates, numbers
// and lists in.
beforeEach(() => {
  useLanguageStore.setState({ language: 'es', catalog });
  setDateLanguage('es', ['Hoy', 'Ayer']);
  setWordsLanguage('es', t);
});
afterEach(() => {
  useLanguageStore.setState({ language: 'en', catalog: undefined });
  setDateLanguage('en', ['Today', 'Yesterday']);
  setWordsLanguage('en', t);
});

describe('the Markdown file in Spanish', () => {
  it('has Spanish headings, labels and dates around the person’s own words', () => {
    const text = journalMarkdown(journal, { kind: 'everything' }, new Date(2026, 11, 1));
    expect(text).toContain('# Mi diario de Stepwork');
    expect(text).toContain(
      '_Guardado el 1 de diciembre de 2026. Privado: guarda este archivo en un lugar que solo tú puedas abrir._',
    );
    expect(text).toContain('## Entradas del diario');
    expect(text).toContain('### Entrada sin título');
    expect(text).toContain('_2 de enero de 2026 · Paso 4_');
    expect(text).toContain('Mis propias palabras');
    expect(text).toContain('**Etiquetas:** esperanza');
    expect(text).toContain('## Mi gente');
    expect(text).toContain('**Teléfono:** 555');
    expect(text).toContain('**Contando desde:** 1 de diciembre de 2025');
    expect(text).toContain('**Un desliz, 1 de enero de 2026:** Anotado con cuidado.');
    for (const english of ['Journal entries', 'Untitled entry', 'January', 'Saved', 'Phone']) {
      expect(text).not.toContain(english);
    }
  });

  it('finds one step’s work under its Spanish name', () => {
    const text = journalMarkdown(journal, { kind: 'step', step: 4 });
    expect(text).toContain('# Paso 4: mi trabajo');
    expect(text).toContain('Mis propias palabras');
  });
});

describe('the steps’ and feelings’ words in the Spanish Markdown file', () => {
  // A step-4 entry written for a prompt, a step-1 worksheet, an emotion inventory and a talk
  // saved without a name: words the file takes from the steps and the feelings vocabulary.
  const withContent = {
    ...journal,
    entries: [
      {
        id: 'p',
        created: T,
        updated: T,
        day: '2026-01-02',
        step: 4,
        fields: { title: 'Lo que vuelve', body: 'Mis palabras', promptId: 's4-p1' },
      },
    ],
    emotionInventories: [
      {
        id: 'i1',
        created: T,
        updated: T,
        day: '2026-01-02',
        status: 'finished',
        fields: {
          feelings: [{ feelingId: 'dread', intensity: 7 }],
          bodyPlaces: ['chest'],
          chosenNeeds: ['rest'],
        },
      },
    ],
    documents: [
      {
        id: 'worksheet:s1-e2',
        created: T,
        updated: T,
        fields: { texts: { note: 'Hiciste lo que pudiste' }, lists: {} },
      },
      {
        id: 'talks',
        created: T,
        updated: T,
        fields: {
          talks: [
            { id: 't', contactId: 'x', name: 'Someone', way: 'call', day: '2026-01-02', note: '' },
          ],
          dismissedPrompts: [],
        },
      },
    ],
  } as unknown as BackupJournal;

  const prompt = (steps: StepWords) => steps.findPrompt('s4-p1')!.prompt.text;
  const exercise = (steps: StepWords) =>
    steps.getStep(1)!.exercises.find((e) => e.id === 's1-e2')!.title;
  const noteLabel = (steps: StepWords) =>
    stepsEn.worksheetFields(steps.getWorksheet('s1-e2')!).find((f) => f.id === 'note')!.label;
  const feeling = (v: typeof vocabularyEn) => v.findFeeling('dread')!.word;
  const place = (v: typeof vocabularyEn) => v.findBodyPlace('chest')!.label;
  const need = (v: typeof vocabularyEn) => v.findNeed('rest')!.label;

  it('says the prompt, the worksheet and the feelings in the Spanish content’s words', async () => {
    const words = await loadDocumentWords('es');
    const text = journalMarkdown(withContent, { kind: 'everything' }, new Date(T), words);
    expect(text).toContain(`**Escrito para la pregunta:** ${prompt(stepsEs)}`);
    expect(text).toContain(`### ${exercise(stepsEs)}`);
    expect(text).toContain(`**${noteLabel(stepsEs)}:** Hiciste lo que pudiste`);
    expect(text).toContain(`${feeling(vocabularyEs)} (7 de 10)`);
    expect(text).toContain(`:** ${place(vocabularyEs)}`);
    expect(text).toContain(`:** ${need(vocabularyEs)}`);
    expect(text).toContain('### Hablé con alguien');
    const english = [
      prompt(stepsEn),
      exercise(stepsEn),
      noteLabel(stepsEn),
      `${feeling(vocabularyEn)} (`,
      place(vocabularyEn),
      need(vocabularyEn),
      'Someone',
    ];
    // The Spanish differs from the English everywhere it is checked, so absence means something.
    for (const words of english) expect(text, words).not.toContain(words);
  });

  it('names a worksheet in the import preview by its Spanish exercise title', async () => {
    const steps = await loadDocumentWords('es');
    const label = recordLabel('documents', withContent.documents[0]!, steps);
    expect(label).toBe(`Tu hoja de trabajo del paso 1: ${exercise(stepsEs)}`);
  });
});

describe('the calendar event in Spanish', () => {
  it('names the event and describes it in Spanish, escaped and folded as RFC 5545 asks', () => {
    const ics = eveningCheckinIcs('20:30', new Date(2026, 10, 21, 9), 'fixed');
    const lines = ics.split('\r\n');
    expect(lines).toContain('SUMMARY:Registro de la noche');
    expect(lines).toContain('DESCRIPTION:Unos minutos tranquilos para ti\\, cuando quieras.');
    const octets = (line: string) => new TextEncoder().encode(line).length;
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
    // The product id is for calendar software, never shown; every line a person sees is Spanish.
    expect(lines.filter((line) => !line.startsWith('PRODID')).join('\n')).not.toContain('Evening');
  });
});

describe('refusing a backup file in Spanish', () => {
  const refusal = (text: string): ImportError => {
    try {
      parseBackupText(text);
    } catch (error) {
      if (error instanceof ImportError) return error;
      throw error;
    }
    throw new Error('the file was accepted');
  };

  it('says where a backup is wrong, and that nothing changed', () => {
    const file = {
      format: 'stepwork-backup',
      version: 1,
      exportedAt: T,
      schema: 1,
      encrypted: false,
      journal: { ...journal, entries: [{ ...journal.entries[0], day: 'someday' }] },
    };
    const error = refusal(JSON.stringify(file));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(
      'A esta copia de seguridad le falta una parte, o una parte no es el tipo de datos que Stepwork espera, así que no se trajo nada de ella. El problema está aquí: Entradas del diario, registro 1, “day”. Tu diario en este dispositivo sigue tal como estaba.',
    );
  });

  it('says what a setting takes, in Spanish words', () => {
    const file = {
      format: 'stepwork-backup',
      version: 1,
      exportedAt: T,
      schema: 1,
      encrypted: false,
      journal: { ...journal, settings: [{ key: 'backupReminderDays', value: 3 }] },
    };
    expect(refusal(JSON.stringify(file)).message).toContain(
      'Ajustes, registro 1, “backupReminderDays”: Stepwork espera 7, 14, 30 o 60 días, o 0 para nunca.',
    );
  });

  it('calls a file that is not JSON what it is', () => {
    const error = refusal('Querido diario…');
    expect(error.message).toMatch(/^Este archivo no es una copia de seguridad de Stepwork/);
    expect(error.message).toMatch(/sigue tal como estaba\.$/);
    expect(error.message).not.toMatch(/Stepwork backup|not been changed/);
  });
});
