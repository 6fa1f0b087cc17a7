import type { DocField, ReadingDocument } from './model';

/** One answer: a short one beside its label, a longer one under it. The person's own words go
 * in as they wrote them, line breaks and all; Markdown is for reading, so nothing is escaped. */
function fieldText({ label, text }: DocField): string {
  if (label === undefined) return text;
  return text.includes('\n') || text.length > 80
    ? `**${label}**\n\n${text}`
    : `**${label}:** ${text}`;
}

export function documentMarkdown(doc: ReadingDocument, note: string): string {
  const lines = [`# ${doc.title}`, `_${note}_`];
  for (const section of doc.sections) {
    lines.push(`## ${section.title}`);
    for (const part of section.parts) {
      if (part.title) lines.push(`### ${part.title}`);
      if (part.meta.length > 0) lines.push(`_${part.meta.join(' · ')}_`);
      lines.push(...part.fields.map(fieldText));
    }
  }
  return `${lines.join('\n\n')}\n`;
}
