import type { Command } from './command';
import { backupCommand, restoreCommand } from './commands/backup';
import { coachCommand } from './commands/coach';
import { configCommand } from './commands/config';
import { migrateCommand } from './commands/migrate';

/** Every CLI command, in the order `help` lists them. */
export const commands: Command[] = [
  coachCommand,
  configCommand,
  migrateCommand,
  backupCommand,
  restoreCommand,
];
