import type { FastifyInstance } from 'fastify';
import { TEST_ORIGIN } from './test-app';

// biome-ignore lint/suspicious/noExplicitAny: tests read replies loosely; their assertions check the shape.
type Loose = any;

export interface Reply<T = Loose> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let addresses = 0;

/**
 * A browser-like caller: keeps its cookies, sends Tend's origin, and comes from an address of its
 * own (as two people on two phones would), through the real HTTP app.
 */
export class Client {
  private readonly cookies = new Map<string, string>();
  readonly address = `10.0.${Math.floor(++addresses / 250)}.${(addresses % 250) + 1}`;

  constructor(
    private readonly http: FastifyInstance,
    private readonly origin: string = TEST_ORIGIN,
  ) {}

  get hasSession(): boolean {
    return this.cookies.has('tend.session_token');
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = Loose>(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const response = await this.http.inject({
      method,
      url,
      remoteAddress: this.address,
      headers: {
        origin: this.origin,
        ...(this.cookies.size > 0 && { cookie: this.cookieHeader() }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body !== undefined && { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    this.keepCookies(response.headers['set-cookie'] as string | string[] | undefined);
    const text = response.body;
    return {
      status: response.statusCode,
      body: (text && response.headers['content-type']?.toString().includes('json')
        ? JSON.parse(text)
        : text) as T,
      headers: response.headers,
    };
  }

  get = <T = Loose>(url: string) => this.request<T>('GET', url);
  post = <T = Loose>(url: string, body: unknown = {}) => this.request<T>('POST', url, body);
  patch = <T = Loose>(url: string, body: unknown) => this.request<T>('PATCH', url, body);
  put = <T = Loose>(url: string, body: unknown) => this.request<T>('PUT', url, body);
  delete = <T = Loose>(url: string) => this.request<T>('DELETE', url);

  private keepCookies(setCookie: string | string[] | undefined): void {
    for (const line of [setCookie ?? []].flat()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      const expired = attributes.some((a) => /max-age=0\b/i.test(a.trim())) || value === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }
}

let counter = 0;

/** Signs up a new person and returns their client. */
export async function signUp(http: FastifyInstance, name = 'Alex', timeZone = 'Europe/Berlin') {
  const client = new Client(http);
  const email = `${name.toLowerCase()}.${++counter}.${Date.now()}@example.org`;
  const reply = await client.post('/api/account/sign-up', {
    name,
    email,
    password: 'a long enough password',
    timeZone,
  });
  if (reply.status !== 201) throw new Error(`sign-up failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return { client, email, id: (reply.body as { id: string }).id, name };
}

/** Two partners sharing one space: Alex started it, Sam joined by the invitation link. */
export async function couple(http: FastifyInstance) {
  const alex = await signUp(http, 'Alex');
  const sam = await signUp(http, 'Sam', 'America/New_York');
  await alex.client.post('/api/space');
  const invite = await alex.client.post('/api/space/invites');
  const token = String(invite.body.link).split('/join/')[1];
  const joined = await sam.client.post('/api/space/join', { token });
  if (joined.status !== 200) throw new Error(`join failed: ${joined.status} ${JSON.stringify(joined.body)}`);
  return { alex, sam, spaceId: joined.body.id as string };
}
