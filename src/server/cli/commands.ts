import type { Command } from './command';
import { configCommand } from './commands/config';
import { migrateCommand } from './commands/migrate';

/** Every CLI command, in the order `help` lists them. */
export const commands: Command[] = [configCommand, migrateCommand];
