import { execFileSync } from 'node:child_process';
import { createDecipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

// A push service on loopback (https, with its own certificate) receives what Tend sends; the test
// plays the browser and decrypts the message with the subscription's keys (RFC 8291, aes128gcm).
let app: TestApp;
let pushService: Server;
let certDir: string;
let endpointBase: string;
const deliveries: Array<{ path: string; headers: Record<string, unknown>; body: Buffer }> = [];

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'tend-push-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(certDir, 'key.pem'),
      '-out',
      join(certDir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const cert = readFileSync(join(certDir, 'cert.pem'), 'utf8');
  pushService = createServer({ cert, key: readFileSync(join(certDir, 'key.pem')) }, (request, reply) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      deliveries.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
      reply.statusCode = request.url?.includes('expired') ? 410 : 201;
      reply.end();
    });
  });
  await new Promise<void>((resolve) => pushService.listen(0, '127.0.0.1', resolve));
  endpointBase = `https://127.0.0.1:${(pushService.address() as AddressInfo).port}/push`;
  app = await startTestApp({}, undefined, { pushCa: cert });
});
afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => pushService.close(() => resolve()));
  rmSync(certDir, { recursive: true, force: true });
});

/** A browser's side of a subscription: its key pair and auth secret. */
function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { ecdh, auth: randomBytes(16) };
}

/** Decrypts an aes128gcm push message (RFC 8188 framing, RFC 8291 keys), as a browser does. */
function decrypt(body: Buffer, browser: ReturnType<typeof browserKeys>): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = browser.ecdh.computeSecret(serverKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browser.ecdh.getPublicKey(), serverKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, browser.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  // The last record ends with a 0x02 delimiter followed by optional zero padding.
  let end = padded.length - 1;
  while (end > 0 && padded[end] === 0) end--;
  expect(padded[end]).toBe(2);
  return padded.subarray(0, end).toString('utf8');
}

it('pushes an encrypted message the browser can read, carrying no private words', async () => {
  const alex = await signUp(app.http, 'Alex', 'Europe/Berlin');
  const browser = browserKeys();
  const { publicKey } = (await alex.client.get('/api/notifications/push')).body;
  const subscribed = await alex.client.post('/api/notifications/push', {
    endpoint: `${endpointBase}/alex-phone`,
    keys: {
      p256dh: browser.ecdh.getPublicKey().toString('base64url'),
      auth: browser.auth.toString('base64url'),
    },
  });
  expect(subscribed.status).toBe(204);
  expect((await alex.client.get('/api/notifications/push')).body.subscriptions).toBe(1);

  const note = 'I loved how you listened last night';
  await app.notifications.notify(alex.id, 'appreciation.received', {
    partnerName: 'Sam',
    appreciationId: 'a-1',
  });
  expect(await app.platform.jobs.runDue()).toMatchObject({ done: 1 });
  expect(deliveries).toHaveLength(1);
  const [delivery] = deliveries;
  expect(delivery?.headers['content-encoding']).toBe('aes128gcm');
  expect(String(delivery?.headers.authorization)).toMatch(
    new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`),
  );
  const message = JSON.parse(decrypt(delivery?.body ?? Buffer.alloc(0), browser));
  expect(message).toEqual({
    title: 'Sam sent you an appreciation',
    body: 'Open Tend to read it.',
    url: '/appreciations',
    tag: expect.any(String),
  });
  expect(JSON.stringify(message)).not.toContain(note);
  expect(JSON.stringify(message)).not.toContain('a-1');
  expect(JSON.stringify(message).toLowerCase()).not.toMatch(/journal|safety/);
});

it('forgets a subscription the push service says has expired', async () => {
  const kim = await signUp(app.http, 'Kim', 'Europe/Berlin');
  const browser = browserKeys();
  await kim.client.post('/api/notifications/push', {
    endpoint: `${endpointBase}/expired`,
    keys: {
      p256dh: browser.ecdh.getPublicKey().toString('base64url'),
      auth: browser.auth.toString('base64url'),
    },
  });
  await app.notifications.notify(kim.id, 'pulse.reminder');
  expect(await app.platform.jobs.runDue()).toMatchObject({ skipped: 1 });
  expect((await kim.client.get('/api/notifications/push')).body.subscriptions).toBe(0);
});

it('holds push during quiet hours', async () => {
  const lee = await signUp(app.http, 'Lee', 'America/New_York');
  const browser = browserKeys();
  await lee.client.post('/api/notifications/push', {
    endpoint: `${endpointBase}/lee-phone`,
    keys: {
      p256dh: browser.ecdh.getPublicKey().toString('base64url'),
      auth: browser.auth.toString('base64url'),
    },
  });
  await lee.client.patch('/api/notifications/preferences', { quietHours: { start: '21:00', end: '08:00' } });
  deliveries.length = 0;
  app.clock.set(new Date('2026-11-10T03:00:00Z')); // 22:00 in New York
  await app.notifications.notify(lee.id, 'repair.received', { partnerName: 'Sam' });
  await app.platform.jobs.runDue();
  expect(deliveries).toHaveLength(0);
  app.clock.set(new Date('2026-11-10T13:00:00Z')); // 08:00 in New York
  await app.platform.jobs.runDue();
  expect(deliveries.map((d) => d.path)).toEqual(['/push/lee-phone']);
});

it('refuses an endpoint on this machine or a private network from an ordinary instance', async () => {
  const plain = await startTestApp();
  try {
    const robin = await signUp(plain.http, 'Robin', 'Europe/Berlin');
    const browser = browserKeys();
    const keys = {
      p256dh: browser.ecdh.getPublicKey().toString('base64url'),
      auth: browser.auth.toString('base64url'),
    };
    for (const endpoint of [
      'https://127.0.0.1/x',
      'https://192.168.1.20/x',
      'https://[::1]/x',
      'https://localhost/x',
    ]) {
      const reply = await robin.client.post('/api/notifications/push', { endpoint, keys });
      expect(reply.status, endpoint).toBe(400);
    }
    const ok = await robin.client.post('/api/notifications/push', {
      endpoint: 'https://push.example.org/robin',
      keys,
    });
    expect(ok.status).toBe(204);
  } finally {
    await plain.close();
  }
});
