import type { Command } from './command';
import { adminCommand } from './commands/admin';
import { backupCommand, restoreCommand } from './commands/backup';
import { coachCommand } from './commands/coach';
import { configCommand } from './commands/config';
import { migrateCommand } from './commands/migrate';
import { servicesCommand } from './commands/services';

/** Every CLI command, in the order `help` lists them. */
export const commands: Command[] = [
  adminCommand,
  coachCommand,
  configCommand,
  migrateCommand,
  servicesCommand,
  backupCommand,
  restoreCommand,
];
