// What other features use of backup: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { BackupReminderLine } from './BackupReminderLine';
