import { es } from 'date-fns/locale/es';
import type { Catalog } from '../language';
import { EMERGENCY } from './es/emergency';
import { HELP } from './es/help';
import { SETTINGS } from './es/settings';
import { SHELL } from './es/shell';

export const catalog: Catalog = {
  messages: { ...SHELL, ...HELP, ...EMERGENCY, ...SETTINGS },
  dateFns: es,
};
