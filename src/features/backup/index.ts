// What other features use of backup: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { BackupReminderLine } from './BackupReminderLine';
export { document, type DocPart, type ReadingDocument } from './document/model';
export { documentMarkdown } from './document/markdownText';
export { useDocumentWords } from './document/words';
export {
  amendsPart,
  classicPart,
  emotionPart,
  entryPart,
  letterPart,
  letterToMyselfPart,
} from './document/parts';
export { downloadText } from './download';
