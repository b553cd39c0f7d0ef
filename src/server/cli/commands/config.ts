import { ConfigError, loadConfig } from '../../platform/config/config';
import type { Command } from '../command';

/** Checks the configuration the server would start with, and prints it with secrets hidden. */
export const configCommand: Command = {
  name: 'config',
  summary: 'Check the configuration and show it (secrets hidden)',
  async run() {
    try {
      const config = loadConfig();
      const hide = (url: string | null) => (url ? url.replace(/\/\/([^@/]*)@/, '//•••@') : '(not set)');
      const lines = [
        `PORT          ${config.port}`,
        `HOST          ${config.host}`,
        `DATA_DIR      ${config.dataDir}`,
        `DATABASE_URL  ${config.databaseUrl ? hide(config.databaseUrl) : '(not set: embedded database in DATA_DIR)'}`,
        `PUBLIC_URL    ${config.publicUrl.origin}`,
        `SMTP_URL      ${config.smtpUrl ? hide(config.smtpUrl) : '(not set: mail goes to DATA_DIR/outbox)'}`,
        `TRUST_PROXY   ${config.trustProxy}`,
        `LOG_LEVEL     ${config.logLevel}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};
