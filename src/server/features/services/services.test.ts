import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, couple, signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { beratung, harbour, riverside } from './fixtures';
import { createServicesDirectory } from './service';

let app: TestApp;
let operator: Client;
let person: Client;

beforeAll(async () => {
  app = await startTestApp();
  const curator = await signUp(app.http, 'Morgan');
  await createServicesDirectory(app.platform).grant(curator.email);
  operator = curator.client;
  for (const entry of [riverside, harbour, beratung]) {
    expect((await operator.post('/api/services', entry)).status).toBe(201);
  }
  person = (await signUp(app.http, 'Jo')).client;
});
afterAll(() => app.close());

const names = async (client: Client, search: Record<string, string>) => {
  const reply = await client.post('/api/services/search', search);
  expect(reply.status).toBe(200);
  return (reply.body.services as Array<{ name: string }>).map((s) => s.name);
};

describe('searching the directory', () => {
  it('finds services by town, postcode, country name, kind, language and cost', async () => {
    expect(await names(person, {})).toEqual([
      'Beratung am Fluss',
      'Harbour Advocacy Project',
      'Riverside Couples Practice',
    ]);
    expect(await names(person, { area: 'leeds' })).toEqual([
      'Harbour Advocacy Project',
      'Riverside Couples Practice',
    ]);
    expect(await names(person, { area: 'LS1 4AB' })).toEqual([
      'Harbour Advocacy Project',
      'Riverside Couples Practice',
    ]);
    expect(await names(person, { area: 'LS6' })).toEqual(['Harbour Advocacy Project']);
    expect(await names(person, { area: 'munchen' })).toEqual(['Beratung am Fluss']);
    expect(await names(person, { area: 'Germany' })).toEqual(['Beratung am Fluss']);
    expect(await names(person, { kind: 'abuse_advocacy' })).toEqual(['Harbour Advocacy Project']);
    expect(await names(person, { language: 'pol' })).toEqual(['Riverside Couples Practice']);
    expect(await names(person, { language: 'English', cost: 'free' })).toEqual(['Harbour Advocacy Project']);
    expect(await names(person, { area: 'Leeds', language: 'Deutsch' })).toEqual([]);
  });

  it('tells an empty search from an empty directory, and works for someone without a space', async () => {
    const reply = await person.post('/api/services/search', { area: 'Nowhere-on-Sea' });
    expect(reply.body).toEqual({ services: [], total: 3 });
  });

  it('leaves no trace: no log line with the search, nothing the partner can see', async () => {
    const { alex, sam } = await couple(app.http);
    const before = (await sam.client.get('/api/notifications')).body;
    const logsBefore = app.logs.length;
    await names(alex.client, { area: 'Harrogate-secret-town', language: 'Klingon-secret' });
    const logged = app.logs.slice(logsBefore).join('\n');
    expect(logged).toContain('/api/services/search');
    expect(logged).not.toContain('secret');
    expect((await sam.client.get('/api/notifications')).body).toEqual(before);
  });

  it('refuses unknown fields and kinds with a 400 that names the field', async () => {
    const unknown = await person.post('/api/services/search', { town: 'Leeds' });
    expect(unknown.status).toBe(400);
    const kind = await person.post('/api/services/search', { kind: 'astrology' });
    expect(kind.status).toBe(400);
    expect(kind.body.error.fields.kind).toContain('couples_counselling');
  });
});

describe('changing the directory', () => {
  it('is for operators only: everyone else gets a 403 and nothing changes', async () => {
    const [one] = (await person.post('/api/services/search', {})).body.services;
    const add = await person.post('/api/services', { ...riverside, name: 'Sneaky entry' });
    expect(add.status).toBe(403);
    expect(add.body.error.code).toBe('NOT_OPERATOR');
    expect((await person.put(`/api/services/${one.id}`, { ...riverside, name: 'Renamed' })).status).toBe(403);
    expect((await person.delete(`/api/services/${one.id}`)).status).toBe(403);
    expect(await names(person, {})).not.toContain('Sneaky entry');
    expect(await names(person, {})).toContain(one.name);
    expect((await person.get('/api/operator')).body).toEqual({ isOperator: false });
    expect((await operator.get('/api/operator')).body).toEqual({ isOperator: true });
  });

  it('lets an operator change and remove an entry', async () => {
    const added = (
      await operator.post('/api/services', { ...harbour, name: 'Short-lived line', kind: 'crisis_line' })
    ).body;
    const changed = await operator.put(`/api/services/${added.id}`, {
      ...harbour,
      name: 'Short-lived line',
      kind: 'crisis_line',
      languages: ['English', 'Somali'],
      cost: 'free',
    });
    expect(changed.status).toBe(200);
    expect(await names(person, { language: 'somali' })).toEqual(['Short-lived line']);
    expect((await operator.delete(`/api/services/${added.id}`)).status).toBe(204);
    expect(await names(person, { language: 'somali' })).toEqual([]);
    expect((await operator.delete(`/api/services/${added.id}`)).status).toBe(404);
  });

  it('answers bad entries with a 400 a person can act on, and a second entry with the same name and area with a 409', async () => {
    const noContact = await operator.post('/api/services', {
      ...beratung,
      name: 'No way to reach',
      web: undefined,
    });
    expect(noContact.status).toBe(400);
    expect(noContact.body.error.fields.phone).toMatch(/phone number, a web address or an address/);
    const badWeb = await operator.post('/api/services', { ...beratung, name: 'Bad web', web: 'beratung' });
    expect(badWeb.body.error.fields.web).toMatch(/https:\/\//);
    const badCountry = await operator.post('/api/services', { ...beratung, name: 'X', country: 'Germany' });
    expect(badCountry.body.error.fields.country).toMatch(/two-letter/);
    const twice = await operator.post('/api/services', { ...riverside, name: 'riverside couples practice ' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('DUPLICATE_SERVICE');
  });
});
