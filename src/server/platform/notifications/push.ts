import { request } from 'node:https';
import webpush from 'web-push';
import type { VapidKeys } from './vapid';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushMessage {
  title: string;
  body: string;
  /** The path the notification opens. */
  url: string;
  tag: string;
}

export interface PushSender {
  /** `gone` when the push service says the subscription no longer exists. */
  send(target: PushTarget, message: PushMessage): Promise<'sent' | 'gone'>;
  publicKey: string;
}

export class PushRefused extends Error {
  override name = 'PushRefused';
  constructor(readonly code: string) {
    super(`The push service answered ${code}`);
  }
}

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Encrypts a message for one browser (aes128gcm, RFC 8291) and posts it to its push service with
 * this instance's VAPID signature. `ca` lets tests trust their own local push service.
 */
export function createPushSender(keys: VapidKeys, subject: string, ca?: string): PushSender {
  return {
    publicKey: keys.publicKey,
    async send(target, message) {
      const details = webpush.generateRequestDetails(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        JSON.stringify(message),
        {
          vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
          TTL: DAY_SECONDS,
          contentEncoding: 'aes128gcm',
          urgency: 'normal',
        },
      );
      const status = await post(details.endpoint, details.headers, details.body as Buffer | null, ca);
      if (status === 404 || status === 410) return 'gone';
      if (status < 200 || status >= 300) throw new PushRefused(`HTTP_${status}`);
      return 'sent';
    },
  };
}

function post(
  endpoint: string,
  headers: Record<string, string | number>,
  body: Buffer | null,
  ca: string | undefined,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      endpoint,
      { method: 'POST', headers, timeout: 15_000, ...(ca && { ca }) },
      (reply) => {
        reply.resume();
        reply.on('end', () => resolve(reply.statusCode ?? 0));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new PushRefused('TIMEOUT')));
    outgoing.on('error', reject);
    outgoing.end(body ?? undefined);
  });
}
