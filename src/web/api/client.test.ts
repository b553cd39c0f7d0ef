import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineError, write } from './client';

afterEach(() => vi.unstubAllGlobals());

/** The Idempotency-Key of every request the page sent, in order. */
function serverThatDropsFirst(drops: number): string[] {
  const keys: string[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    keys.push(new Headers(init.headers).get('idempotency-key') ?? '');
    if (keys.length <= drops) throw new TypeError('network connection lost');
    return new Response(JSON.stringify({ id: 'entry-1' }), {
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
  });
  return keys;
}

describe('writing something new', () => {
  it('sends it again with the same key when the connection drops, so the server writes it once', async () => {
    const keys = serverThatDropsFirst(2);
    expect(await write('/api/journal', { text: 'x' }, [0, 0])).toEqual({ id: 'entry-1' });
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('uses a new key for each action', async () => {
    const keys = serverThatDropsFirst(0);
    await write('/api/wins', { text: 'x' });
    await write('/api/wins', { text: 'x' });
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('tells the screen it is offline once the retries are spent', async () => {
    serverThatDropsFirst(5);
    await expect(write('/api/wins', { text: 'x' }, [0])).rejects.toBeInstanceOf(OfflineError);
  });
});
