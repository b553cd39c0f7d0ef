import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifiedToken } from './session';

const secret = 'a-secret-that-is-long-enough-for-tests';
const sign = (token: string, key = secret) =>
  encodeURIComponent(`${token}.${createHmac('sha256', key).update(token).digest('base64')}`);

describe('the session cookie check', () => {
  it('accepts a cookie signed with the session secret, among other cookies', () => {
    expect(
      verifiedToken(`theme=dark; tend.session_token=${sign('abc123')}; x=1`, 'tend.session_token', secret),
    ).toBe('abc123');
  });

  it('refuses a cookie signed with another secret, a changed token, or no signature', () => {
    expect(
      verifiedToken(`tend.session_token=${sign('abc123', 'another-secret')}`, 'tend.session_token', secret),
    ).toBeNull();
    const forged = sign('abc123').replace('abc123', 'abc124');
    expect(verifiedToken(`tend.session_token=${forged}`, 'tend.session_token', secret)).toBeNull();
    expect(verifiedToken('tend.session_token=abc123', 'tend.session_token', secret)).toBeNull();
    expect(verifiedToken('tend.session_token=%E0%A4%A', 'tend.session_token', secret)).toBeNull();
    expect(verifiedToken(undefined, 'tend.session_token', secret)).toBeNull();
  });

  it('reads only the cookie of the expected name (the Secure-prefixed one behind https)', () => {
    expect(
      verifiedToken(`tend.session_token=${sign('abc')}`, '__Secure-tend.session_token', secret),
    ).toBeNull();
  });
});
