import { createHmac, timingSafeEqual } from 'node:crypto';

// A link in an email that turns off one kind of email for one person, with no sign-in. It is
// signed with a key derived from the session secret, so it cannot be forged or changed.

const keyFor = (secret: string) => createHmac('sha256', secret).update('tend unsubscribe v1').digest();

const sign = (secret: string, body: string) =>
  createHmac('sha256', keyFor(secret)).update(body).digest('base64url');

export function unsubscribeToken(secret: string, personId: string, kind: string): string {
  const body = Buffer.from(JSON.stringify([personId, kind])).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** Who and which kind a token names; null when it was not made by this instance. */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { personId: string; kind: string } | null {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [personId, kind] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[];
    if (typeof personId !== 'string' || typeof kind !== 'string') return null;
    return { personId, kind };
  } catch {
    return null;
  }
}
