import { LiveClose, type LiveEvent } from '../../core/live-close';

type Listener = (event: LiveEvent) => void;

/**
 * The live channel to the server: one WebSocket per open app, reconnecting with backoff after a
 * lost connection. After a reconnect listeners get a `hello`, their cue to refetch what they show,
 * since events may have gone by while the connection was down. The first connection's `hello` is
 * kept back: screens fetch their data as they open, just then, and fetching it again doubled the
 * requests of every screen opened with the app. Unless the server says an event went out to this
 * person since the page opened: a screen that loaded just before the socket may have missed it.
 */
export class LiveConnection {
  private socket: WebSocket | null = null;
  private readonly listeners = new Set<Listener>();
  private retryMs = 500;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  /** Whether a connection was lost (or never made) since `start`, so a `hello` means "fetch again". */
  private dropped = false;
  onSignedOut: (() => void) | null = null;

  start(): void {
    this.stopped = false;
    this.dropped = false;
    this.connect();
  }

  /** Whether an event `ago` milliseconds before this greeting came after the page opened. */
  private mayHaveMissed(ago: number | null | undefined): boolean {
    if (ago === null) return false;
    // A greeting without the figure (an older server) is taken as "maybe".
    return ago === undefined || ago < performance.now();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket?.close();
    this.socket = null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private connect(): void {
    const url = new URL('/api/live', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onmessage = (message) => {
      // The server is trusted to send well-formed events; anything else is ignored.
      const event = JSON.parse(String(message.data)) as LiveEvent;
      if (typeof event?.type !== 'string') return;
      this.retryMs = 500;
      if (event.type === 'hello' && !this.dropped && !this.mayHaveMissed(event.lastEventMsAgo)) return;
      for (const listener of this.listeners) listener(event);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (event.code === LiveClose.signedOut) {
        this.onSignedOut?.();
        return;
      }
      if (this.stopped) return;
      this.dropped = true;
      this.retryTimer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 15_000);
    };
  }
}

export const live = new LiveConnection();
