import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpush from 'web-push';

/** The key pair that identifies this Tend to push services (VAPID, RFC 8292). */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * Keys generated on first start and kept in `dataDir/vapid.json`. Browsers tie a subscription to
 * the public key, so the file must survive restarts and be the same for every instance.
 */
export function readOrCreateVapidKeys(dataDir: string): VapidKeys {
  const file = join(dataDir, 'vapid.json');
  try {
    const keys = webpush.generateVAPIDKeys();
    writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Already there (or written by another instance first): the file is the source of truth.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const keys = JSON.parse(readFileSync(file, 'utf8')) as Partial<VapidKeys>;
  if (typeof keys.publicKey !== 'string' || typeof keys.privateKey !== 'string') {
    throw new Error(`${file} does not hold a publicKey and a privateKey: delete it to have new keys made.`);
  }
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}
