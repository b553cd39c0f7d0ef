import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

// A real SMTP server on loopback: it captures what Tend sends, and refuses on purpose when told.
let smtp: SMTPServer;
let app: TestApp;
let refusalsLeft = 0;
const received: string[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusalsLeft > 0) {
          refusalsLeft--;
          return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        }
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}` });
});
afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Header lines unfolded, as a mail program reads them. */
const unfold = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ');

it('retries an email the SMTP server refused, then delivers it once with both parts and one-click unsubscribe', async () => {
  const sam = await signUp(app.http, 'Sam', 'Europe/Berlin');
  refusalsLeft = 2;
  await app.notifications.notify(sam.id, 'talk.invitation', { partnerName: 'Alex' });

  expect(await app.platform.jobs.runDue()).toMatchObject({ retried: 1 });
  app.clock.advance(30_000);
  expect(await app.platform.jobs.runDue()).toMatchObject({ retried: 1 });
  expect(received).toHaveLength(0);
  app.clock.advance(60_000);
  expect(await app.platform.jobs.runDue()).toMatchObject({ done: 1 });
  app.clock.advance(10 * 60_000);
  await app.platform.jobs.runDue();
  expect(received).toHaveLength(1);

  const raw = unfold(received[0] ?? '');
  expect(raw).toMatch(/^Subject: Alex would like to talk$/m);
  expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
  expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
  expect(raw).toMatch(/^Content-Type: text\/html; charset=utf-8$/m);
  expect(raw).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/api\/unsubscribe\/[\w-]+\.[\w-]+>$/m);
  expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  // Failures are logged by kind only: never the address or the server's words.
  const logs = app.logs.join('');
  expect(logs).toContain('jobs: a job failed');
  expect(logs).not.toContain(sam.email);
  expect(logs).not.toContain('Mailbox busy');
});
