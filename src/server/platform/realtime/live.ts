import type {} from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { LiveClose, type LiveEvent } from '../../../core/contracts/live';
import type { SignedIn } from '../auth/session';
import type { Database } from '../db/database';

const CHANNEL = 'tend_live';
const HEARTBEAT_MS = 30_000;
/**
 * Each screen is pinged once per heartbeat, but not all at once: a burst of thousands of pings
 * holds up the event loop, and an event arriving then (a pause) would wait behind it.
 */
const HEARTBEAT_SLICES = 10;
/** How long the moment of a person's last event is remembered, for the greeting of a new screen. */
const RECENT_MS = 60_000;

/** What travels between app instances: the event, who gets it, and sessions to disconnect. */
interface Envelope {
  to: string[];
  event: LiveEvent;
  endSessions?: string[];
}

interface Connection {
  socket: WebSocket;
  sessionId: string;
  isAlive: boolean;
  /** Which slice of the heartbeat pings this screen. */
  slice: number;
}

/**
 * The live channel. A screen opens one WebSocket; an event is addressed to people (a space's room
 * is its members at the moment of sending) and fans out through the database's NOTIFY, so every
 * app instance delivers it to the sockets it holds.
 */
export class Live {
  private readonly connections = new Map<string, Set<Connection>>();
  private heartbeat: NodeJS.Timeout | null = null;
  private tick = 0;
  private added = 0;
  /** When each person was last sent an event, for the last minute (monotonic milliseconds). */
  private readonly lastEventAt = new Map<string, number>();

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    await this.database.listen(CHANNEL, (payload) => this.deliver(payload));
    this.heartbeat = setInterval(() => this.checkAlive(), HEARTBEAT_MS / HEARTBEAT_SLICES);
    this.heartbeat.unref();
  }

  /** Sends `event` to every open screen of these people, on every instance. */
  async send(personIds: string[], event: LiveEvent): Promise<void> {
    if (personIds.length === 0) return;
    await this.publish({ to: personIds, event });
  }

  /** Tells a person's screens a session ended, and closes that session's sockets everywhere. */
  async endSessions(personId: string, sessionIds: string[]): Promise<void> {
    await this.publish({ to: [personId], event: { type: 'session.revoked' }, endSessions: sessionIds });
  }

  private async publish(envelope: Envelope): Promise<void> {
    await this.database.notify(CHANNEL, JSON.stringify(envelope));
  }

  /** Registers the WebSocket endpoint. `signedIn` authenticates the upgrade request by its cookie. */
  register(
    app: FastifyInstance,
    signedIn: (request: FastifyRequest) => Promise<SignedIn | null>,
    trustedOrigins: string[],
  ): void {
    app.get('/api/live', { websocket: true }, async (socket, request) => {
      // Browsers always send Origin on a WebSocket: a foreign one is a hijacking attempt.
      if (!trustedOrigins.includes(request.headers.origin ?? '')) {
        socket.close(LiveClose.foreignOrigin, 'foreign origin');
        return;
      }
      const caller = await signedIn(request).catch(() => null);
      if (!caller || socket.readyState !== socket.OPEN) {
        socket.close(LiveClose.signedOut, 'signed out');
        return;
      }
      this.add(caller, socket);
    });
  }

  /** Open sockets on this instance (for the benchmark's memory figure and tests). */
  get connectionCount(): number {
    let count = 0;
    for (const set of this.connections.values()) count += set.size;
    return count;
  }

  stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const set of this.connections.values()) for (const c of set) c.socket.terminate();
    this.connections.clear();
  }

  private add(caller: SignedIn, socket: WebSocket): void {
    const personId = caller.person.id;
    const connection: Connection = {
      socket,
      sessionId: caller.sessionId,
      isAlive: true,
      slice: this.added++ % HEARTBEAT_SLICES,
    };
    const set = this.connections.get(personId) ?? new Set();
    set.add(connection);
    this.connections.set(personId, set);
    socket.on('pong', () => {
      connection.isAlive = true;
    });
    socket.on('message', () => {
      // Screens only listen; what they change goes through the HTTP API.
    });
    socket.on('close', () => {
      set.delete(connection);
      if (set.size === 0) this.connections.delete(personId);
    });
    const last = this.lastEventAt.get(personId);
    const ago = last === undefined ? null : performance.now() - last;
    const hello: LiveEvent = {
      type: 'hello',
      personId,
      lastEventMsAgo: ago !== null && ago <= RECENT_MS ? Math.round(ago) : null,
    };
    socket.send(JSON.stringify(hello));
  }

  private deliver(payload: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      return;
    }
    const message = JSON.stringify(envelope.event);
    const now = performance.now();
    for (const personId of envelope.to) {
      this.lastEventAt.set(personId, now);
      for (const connection of this.connections.get(personId) ?? []) {
        if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(message);
        if (envelope.endSessions?.includes(connection.sessionId)) {
          connection.socket.close(LiveClose.signedOut, 'session ended');
        }
      }
    }
  }

  private checkAlive(): void {
    const slice = this.tick++ % HEARTBEAT_SLICES;
    if (slice === 0) this.forgetOldEvents();
    for (const set of this.connections.values()) {
      for (const connection of set) {
        if (connection.slice !== slice) continue;
        if (!connection.isAlive) {
          connection.socket.terminate();
          continue;
        }
        connection.isAlive = false;
        connection.socket.ping();
      }
    }
  }

  private forgetOldEvents(): void {
    const before = performance.now() - RECENT_MS;
    for (const [personId, at] of this.lastEventAt) if (at < before) this.lastEventAt.delete(personId);
  }
}
