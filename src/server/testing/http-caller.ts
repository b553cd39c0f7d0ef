/**
 * A person's phone talking to a Tend server in another process over real HTTP: it keeps its
 * session cookie and sends the server's origin, as the browser does.
 */
export class HttpCaller {
  private cookie = '';

  constructor(public url: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        origin: this.url,
        ...(this.cookie && { cookie: this.cookie }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const session = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('tend.session_token='));
    if (session) this.cookie = session;
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as unknown };
  }

  /** The reply's body when the status is the expected one; otherwise an error naming both. */
  async expect<T>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const reply = await this.request(method, path, body);
    if (reply.status !== status)
      throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body as T;
  }
}

/** Two partners in one space on a server in another process, signed up through its API. */
export async function coupleOver(url: string): Promise<{ alex: HttpCaller; sam: HttpCaller }> {
  const stamp = `${Date.now()}.${process.pid}`;
  const [alex, sam] = [new HttpCaller(url), new HttpCaller(url)];
  for (const [caller, name] of [
    [alex, 'Alex'],
    [sam, 'Sam'],
  ] as const) {
    await caller.expect(201, 'POST', '/api/account/sign-up', {
      name,
      email: `${name.toLowerCase()}.${stamp}@example.org`,
      password: 'a long enough password',
      timeZone: 'Europe/Berlin',
    });
  }
  await alex.expect(201, 'POST', '/api/space', {});
  const invite = await alex.expect<{ link: string }>(201, 'POST', '/api/space/invites', {});
  await sam.expect(200, 'POST', '/api/space/join', { token: invite.link.split('/join/')[1] });
  return { alex, sam };
}
