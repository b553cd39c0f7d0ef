import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** Where mail goes, for the start-up log line. */
  describe(): string;
}

const FROM = 'Tend <no-reply@tend.invalid>';

/** Sends through SMTP when configured; otherwise writes each message to `dataDir/outbox`. */
export function createMailer(smtpUrl: string | null, dataDir: string, from: string = FROM): Mailer {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from, ...mail });
      },
      describe: () => `SMTP at ${new URL(smtpUrl).host}`,
    };
  }
  const outbox = join(dataDir, 'outbox');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const { message } = await transport.sendMail({ from, ...mail });
      await mkdir(outbox, { recursive: true });
      const name = `${new Date().toISOString().replaceAll(':', '-')}-${randomUUID().slice(0, 8)}.eml`;
      await writeFile(join(outbox, name), message as Buffer, { mode: 0o600 });
    },
    describe: () => `the outbox folder ${outbox} (set SMTP_URL to send real email)`,
  };
}
