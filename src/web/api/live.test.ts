import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveEvent } from '../../core/live-close';
import { LiveConnection } from './live';

/** A stand-in for the browser's WebSocket: the test says what the server sends and when it drops. */
class FakeSocket {
  static opened: FakeSocket[] = [];
  onmessage: ((message: { data: string }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  constructor() {
    FakeSocket.opened.push(this);
  }
  receive(event: LiveEvent) {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
  drop() {
    this.onclose?.({ code: 1006 });
  }
  close() {}
}

const hello: LiveEvent = { type: 'hello', personId: 'p1', lastEventMsAgo: null };
const latest = () => FakeSocket.opened.at(-1) as FakeSocket;

beforeEach(() => {
  FakeSocket.opened = [];
  vi.useFakeTimers();
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('location', new URL('http://localhost/'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function connection() {
  const live = new LiveConnection();
  const heard: string[] = [];
  live.subscribe((event) => heard.push(event.type));
  live.start();
  return { live, heard };
}

describe('the live channel', () => {
  it('keeps back the first greeting: the screens have just fetched what they show', () => {
    const { heard } = connection();
    latest().receive(hello);
    latest().receive({ type: 'pulse.changed', spaceId: 's1' });
    expect(heard).toEqual(['pulse.changed']);
  });

  it('passes on the first greeting when an event went out since the page opened', () => {
    const { heard } = connection();
    vi.advanceTimersByTime(2_000);
    latest().receive({ ...hello, lastEventMsAgo: 50 });
    expect(heard).toEqual(['hello']);
  });

  it('keeps back the first greeting when the last event is older than the page', () => {
    const { heard } = connection();
    latest().receive({ ...hello, lastEventMsAgo: performance.now() + 5_000 });
    expect(heard).toEqual([]);
  });

  it('passes on the greeting after a reconnect, so screens fetch what they may have missed', () => {
    const { heard } = connection();
    latest().receive(hello);
    latest().drop();
    vi.advanceTimersByTime(500);
    expect(FakeSocket.opened).toHaveLength(2);
    latest().receive(hello);
    expect(heard).toEqual(['hello']);
  });

  it('passes on the greeting when the first try to connect failed', () => {
    const { heard } = connection();
    latest().drop();
    vi.advanceTimersByTime(500);
    latest().receive(hello);
    expect(heard).toEqual(['hello']);
  });

  it('starts afresh for the next person signed in', () => {
    const { live, heard } = connection();
    latest().drop();
    live.stop();
    live.start();
    latest().receive(hello);
    expect(heard).toEqual([]);
  });
});
