import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Set-up through the API, as the person's own browser would make it (same cookies, same origin),
 * for journeys whose subject is what comes after signing up. `serverUrl` is read at each call,
 * because a journey may restart its server.
 */
export function accountsFor(serverUrl: () => string) {
  return {
    async signUp(
      context: BrowserContext,
      name: string,
      email = `${name.toLowerCase()}@example.org`,
      timeZone = 'Europe/Berlin',
    ) {
      const reply = await context.request.post(`${serverUrl()}/api/account/sign-up`, {
        headers: { origin: serverUrl() },
        data: { name, email, password: 'a long enough password', timeZone },
      });
      expect(reply.status()).toBe(201);
    },
    async post(context: BrowserContext, url: string, data: unknown = {}) {
      const reply = await context.request.post(`${serverUrl()}${url}`, {
        headers: { origin: serverUrl() },
        data,
      });
      return reply.json();
    },
  };
}
