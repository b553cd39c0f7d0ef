import WebSocket from 'ws';
import type { LiveEvent } from '../../core/contracts/live';
import type { Client } from './client';
import { TEST_ORIGIN } from './test-app';

/** A screen's live connection, as the browser opens it, collecting the events it receives. */
export class LiveClient {
  readonly events: LiveEvent[] = [];
  closeCode: number | null = null;
  private readonly socket: WebSocket;
  private waiters: Array<() => void> = [];

  constructor(port: number, client: Client | null, origin = TEST_ORIGIN) {
    this.socket = new WebSocket(`ws://127.0.0.1:${port}/api/live`, {
      headers: { origin, ...(client && { cookie: client.cookieHeader() }) },
    });
    this.socket.on('message', (data) => {
      this.events.push(JSON.parse(String(data)) as LiveEvent);
      this.wake();
    });
    this.socket.on('close', (code) => {
      this.closeCode = code;
      this.wake();
    });
    this.socket.on('error', () => this.wake());
  }

  /** Resolves once an event matches, or rejects after `ms`. */
  async next(match: (event: LiveEvent) => boolean, ms = 5000): Promise<LiveEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no matching live event; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async closed(ms = 5000): Promise<number> {
    const deadline = Date.now() + ms;
    while (this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('socket still open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.closeCode;
  }

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
