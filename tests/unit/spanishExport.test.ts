import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalog } from '../../src/core/i18n/catalogs/es';
import { useLanguageStore } from '../../src/core/i18n/language';
import { BACKUP_TABLES, type BackupJournal } from '../../src/features/backup/format';
import { eveningCheckinIcs } from '../../src/features/backup/ics';
import { ImportError } from '../../src/features/backup/importErrors';
import { journalMarkdown } from '../../src/features/backup/markdown';
import { parseBackupText } from '../../src/features/backup/parseBackup';

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

beforeEach(() => useLanguageStore.setState({ language: 'es', catalog }));
afterEach(() => useLanguageStore.setState({ language: 'en', catalog: undefined }));

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
