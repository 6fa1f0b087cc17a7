import { es } from 'date-fns/locale/es';
import type { Catalog } from '../language';
import { AMENDS } from './es/amends';
import { BACKUP } from './es/backup';
import { COMMON } from './es/common';
import { EMERGENCY } from './es/emergency';
import { HELP } from './es/help';
import { INVENTORY } from './es/inventory';
import { JOURNAL } from './es/journal';
import { READING } from './es/reading';
import { SAFETY } from './es/safety';
import { SETTINGS } from './es/settings';
import { SHELL } from './es/shell';
import { STEPS } from './es/steps';
import { TODAY } from './es/today';
import { VAULT } from './es/vault';

/** Each area's words, in a file of its own so that areas can be written side by side; a message
 * two areas share must read the same in both (tests/unit/spanishCatalog.test.ts). */
export const AREAS: Record<string, Record<string, string>> = {
  SHELL,
  COMMON,
  HELP,
  EMERGENCY,
  SAFETY,
  SETTINGS,
  TODAY,
  JOURNAL,
  READING,
  STEPS,
  INVENTORY,
  AMENDS,
  BACKUP,
  VAULT,
};

export const catalog: Catalog = {
  messages: Object.assign({}, ...Object.values(AREAS)) as Record<string, string>,
  dateFns: es,
};
