import { createHmac, randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { STRESSORS } from '../src/core/pulse/days';
import { QUESTIONS } from '../src/core/pulse/questions';
import { RITUAL_LIBRARY } from '../src/core/rituals/library';
import { isRitualRule } from '../src/core/rituals/recurrence';
import { FORMAT_IDS } from '../src/core/talks/formats';
import type { BenchResult } from './result';
import { type BenchServer, startTend, withDatabase } from './server';

// A year of 10,000 couples: the home screen's requests for one couple on an empty database, and
// for a couple with a full year of check-ins, rituals and talks among all the others. The figure
// is the second p99 against the first. GROWTH_COUPLES and GROWTH_DAYS set the scale.
//
// Both databases live on the same PostgreSQL server, each with its own app instance, and are
// measured in alternating rounds once the seeding is written out: measured one after the other,
// the two figures were taken minutes apart under whatever else the machine was doing then.

const COUPLES = Number(process.env.GROWTH_COUPLES ?? 10_000);
const DAYS = Number(process.env.GROWTH_DAYS ?? 365);
/** Couples per seeding statement: big enough to be few statements, small enough to show progress. */
const CHUNK = 1_000;
/** Sessions seeding side by side: the statements are bound by one core each. */
const WORKERS = 2;
const CONNECTIONS = 10;
/** Rounds of each database, alternating, and each round's length. */
const ROUNDS = 4;
const SECONDS = 5;
/** Long enough for the server's code to be compiled hot before the first figure is taken. */
const WARM_UP_SECONDS = 5;
const GOAL = 1.2;
const COOKIE = 'tend.session_token';

/** Every GET the home screen makes when it opens, with the cards it shows. */
const HOME_SCREEN = [
  '/api/me',
  '/api/pause',
  '/api/home',
  '/api/notifications',
  '/api/talks',
  '/api/pulse',
  '/api/rituals',
  '/api/appreciations',
  '/api/wins',
  '/api/agreements',
  '/api/repair',
];

/** Couples live in a few zones, so "today" is not the same day for all of them. */
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Library rituals that happen once a week, with their ISO weekday (Monday is 1). */
const WEEKLY = RITUAL_LIBRARY.flatMap((r) => {
  const day = /^FREQ=WEEKLY;BYDAY=(MO|TU|WE|TH|FR|SA|SU)$/.exec(r.rule)?.[1];
  return day && isRitualRule(r.rule) ? [{ ...r, isoWeekday: WEEKDAYS.indexOf(day) + 1 }] : [];
});

const TOPICS = [
  'How the week went',
  'Sharing the chores',
  'Time with friends',
  'The holidays',
  'Sleep and mornings',
  'Money this month',
];

/** The cookie the auth library would set for `token`: the token, a dot, and its HMAC-SHA256. */
function signedCookie(token: string, secret: string): string {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return `${COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`;
}

/** Couple `i`'s first partner's session token, as the seeding statement names it. */
const tokenOf = (run: string, i: number) => `${run}-${i}-a`;

/**
 * Ids the statements derive from numbers: valid version-4 UUIDs whose leading bytes count up, so
 * each table's primary key grows at its end instead of at random pages, and so a row's id can be
 * worked out again in a later statement without reading it back. One plain expression, so the
 * planner inlines it instead of calling a function per row.
 */
const ID_FUNCTION = `
create function pg_temp.growth_id(kind int, n bigint) returns uuid language sql immutable as $$
  select (lpad(to_hex(n), 12, '0') || '4' || lpad(to_hex(kind), 3, '0') || '8000000000000000')::uuid
$$`;

/** The couples from $1 up to $2, each with their zone's today; shared by every statement. */
const COUPLES_FROM = `
  generate_series($1::int, $2::int - 1) as c(i)
  cross join lateral (
    select (now() at time zone ($3::text[])[1 + c.i % cardinality($3::text[])])::date as today,
           ($3::text[])[1 + c.i % cardinality($3::text[])] as zone
  ) as z`;

/** Persons, spaces and memberships ($4 the days of history before now). */
const PEOPLE = [
  `insert into person (id, name, email, time_zone, created_at, updated_at)
   select 'growth-' || c.i || '-' || s.side, s.name || ' ' || c.i, s.side || '.' || c.i || '@growth.example.org',
          z.zone, now() - ($4::int + 1) * interval '1 day', now() - ($4::int + 1) * interval '1 day'
   from ${COUPLES_FROM} cross join (values ('a', 'Alex'), ('b', 'Sam')) as s(side, name)`,
  `insert into space (id, created_at)
   select pg_temp.growth_id(1, c.i), now() - ($4::int + 1) * interval '1 day' from ${COUPLES_FROM}`,
  `insert into space_member (space_id, person_id, joined_at)
   select pg_temp.growth_id(1, c.i), 'growth-' || c.i || '-' || s.side, now() - ($4::int + 1) * interval '1 day'
   from ${COUPLES_FROM} cross join (values ('a'), ('b')) as s(side)`,
];

/** A session for each person ($4 the run's prefix), so a cookie can be signed for any of them. */
const SESSIONS = `
  insert into auth_session (id, token, person_id, expires_at)
  select $4::text || '-session-' || c.i || '-' || s.side, $4::text || '-' || c.i || '-' || s.side,
         'growth-' || c.i || '-' || s.side, now() + interval '30 days'
  from ${COUPLES_FROM} cross join (values ('a'), ('b')) as s(side)`;

/**
 * A check-in a day for both partners, up to yesterday: numbers 1–5, a stressor on some days, a
 * note every fifth day and an answer every third, each shared only some of the time.
 */
const PULSES = `
  insert into pulse (id, space_id, person_id, day, closeness, energy, stressors, is_numbers_shared, note,
                     is_note_shared, question_id, answer, is_answer_shared, created_at, updated_at)
  select pg_temp.growth_id(10, (c.i::bigint * 2 + s.n) * $4 + d.d), pg_temp.growth_id(1, c.i),
         'growth-' || c.i || '-' || s.side, to_char(z.today - d.d, 'YYYY-MM-DD'),
         1 + floor(random() * 5)::int, 1 + floor(random() * 5)::int,
         case when random() < 0.4 then array[($5::text[])[1 + floor(random() * cardinality($5::text[]))::int]]
              else '{}'::text[] end,
         true,
         case when d.d % 5 = 0 then 'A quiet evening, and glad of it.' end, d.d % 10 = 0,
         ($6::text[])[1 + (c.i + d.d) % cardinality($6::text[])],
         case when d.d % 3 = 0 then 'The walk we took on Sunday.' end, d.d % 6 = 0,
         now() - d.d * interval '1 day', now() - d.d * interval '1 day'
  from ${COUPLES_FROM}
  cross join (values (0, 'a'), (1, 'b')) as s(n, side)
  cross join generate_series(1, $4::int) as d(d)`;

/** One or two library rituals a couple, proposed by one partner and joined by the other. */
const RITUAL_SERIES = `
  ${COUPLES_FROM}
  cross join generate_series(0, c.i % 2) as r(n)
  cross join lateral (select 1 + (c.i + r.n * 3) % cardinality($5::text[]) as k) as pick`;

const RITUALS = `
  insert into ritual (id, space_id, proposer_id, library_id, title, how, minutes, rule, start_day, time, time_zone,
                      is_proposed, joined_by, declined_at, ended_at, created_at)
  select pg_temp.growth_id(20, c.i::bigint * 2 + r.n), pg_temp.growth_id(1, c.i), 'growth-' || c.i || '-a',
         ($5::text[])[pick.k], ($6::text[])[pick.k], ($7::text[])[pick.k], ($8::int[])[pick.k], ($9::text[])[pick.k],
         to_char(z.today - $4::int, 'YYYY-MM-DD'), ($10::text[])[pick.k], z.zone, true, 'growth-' || c.i || '-b',
         null, null, now() - ($4::int + 1) * interval '1 day'
  from ${RITUAL_SERIES}`;

/**
 * Each week's occurrence logged by the proposer, most of them done and some skipped; a done one
 * brings both partners' feelings and the space's one win, as keeping a ritual does.
 */
const RITUAL_WEEKS = `
  with week as materialized (
    select pg_temp.growth_id(20, c.i::bigint * 2 + r.n) as ritual_id, c.i, w.day,
           ((c.i * 7 + r.n * 3 + w.n) % 5 <> 0) as done,
           (w.day + ($6::text[])[pick.k]::time) at time zone z.zone as at,
           (c.i::bigint * 2 + r.n) * ($4::int / 7 + 1) + w.n as n
    from ${RITUAL_SERIES}
    cross join lateral (
      select z.today - $4::int + ((($7::int[])[pick.k] - extract(isodow from z.today - $4::int)::int + 7) % 7) as first
    ) as f
    cross join lateral (select g.n, f.first + 7 * g.n as day from generate_series(0, $4::int / 7) as g(n)) as w
    where w.day < z.today
  ), occurrences as (
    insert into ritual_occurrence (ritual_id, day, status, moved_to, logged_by, logged_at, win_at)
    select ritual_id, to_char(day, 'YYYY-MM-DD'), case when done then 'done' else 'skipped' end, null,
           'growth-' || i || '-a', at, case when done then at end
    from week
  ), feelings as (
    insert into ritual_feeling (ritual_id, day, person_id, feeling, rated_at)
    select ritual_id, to_char(day, 'YYYY-MM-DD'), 'growth-' || i || '-' || s.side, 1 + floor(random() * 5)::int, at
    from week cross join (values ('a'), ('b')) as s(side)
    where done
  )
  insert into win (id, space_id, person_id, source, text, created_at)
  select pg_temp.growth_id(30, n), pg_temp.growth_id(1, i), null, 'ritual', null, at from week where done`;

/**
 * A talk a week, ended: two turns, each reflected and confirmed, and the felt-heard rating from
 * one partner or both.
 */
const TALKS = `
  with week as materialized (
    select c.i, w.n, pg_temp.growth_id(40, c.i::bigint * ($4::int / 7 + 1) + w.n) as talk_id,
           now() - (7 * w.n + 1) * interval '1 day' as at,
           case when w.n % 2 = 0 then 'a' else 'b' end as inviter,
           case when w.n % 2 = 0 then 'b' else 'a' end as invitee
    from ${COUPLES_FROM}
    cross join generate_series(0, $4::int / 7 - 1) as w(n)
  ), talks as (
    insert into talk (id, space_id, topic, format_id, mode, phase, inviter_id, invitee_id, proposed_by, starts_at,
                      rules_accepted_by, speaker_id, turn_number, attempt, turn_ms, turn_started_at, frozen_at,
                      frozen_ms, last_activity_at, ended_at, end_reason, follow_up_of, created_at)
    select talk_id, pg_temp.growth_id(1, i), ($5::text[])[1 + (i + n) % cardinality($5::text[])],
           ($6::text[])[1 + (i + n) % cardinality($6::text[])], case when n % 3 = 0 then 'remote' else 'in_person' end,
           'ended', 'growth-' || i || '-' || inviter, 'growth-' || i || '-' || invitee, 'growth-' || i || '-' || inviter,
           null, array['growth-' || i || '-' || inviter, 'growth-' || i || '-' || invitee], null, 2, 1, 180000,
           null, null, 0, at + interval '25 minutes', at + interval '25 minutes', 'finished', null, at
    from week
  ), entries as (
    insert into talk_entry (id, talk_id, space_id, author_id, kind, turn_number, attempt, text, removed_at,
                            confirmed_at, created_at)
    select pg_temp.growth_id(41, (i::bigint * ($4::int / 7 + 1) + n) * 4 + e.k), talk_id, pg_temp.growth_id(1, i),
           'growth-' || i || '-' || case when e.k in (0, 3) then inviter else invitee end,
           case when e.k % 2 = 0 then 'turn' else 'reflection' end, 1 + e.k / 2,
           case when e.k % 2 = 0 then 0 else 1 end,
           case when e.k % 2 = 0 then 'What this week asked of me, and what I needed.'
                else 'You felt stretched this week and wanted more help in the evenings.' end,
           null, case when e.k % 2 = 1 then at + (e.k + 1) * interval '5 minutes' end,
           at + e.k * interval '5 minutes'
    from week cross join generate_series(0, 3) as e(k)
  )
  insert into talk_rating (talk_id, person_id, felt_heard, created_at)
  select talk_id, 'growth-' || i || '-' || s.side, 1 + floor(random() * 5)::int, at + interval '30 minutes'
  from week cross join (values ('a'), ('b')) as s(side)
  where s.side = inviter or n % 3 <> 0`;

/** The tables seeded, for the row count. */
const TABLES = [
  'person',
  'space',
  'space_member',
  'auth_session',
  'pulse',
  'ritual',
  'ritual_occurrence',
  'ritual_feeling',
  'win',
  'talk',
  'talk_entry',
  'talk_rating',
];

/** Seconds spent in each kind of statement, added up over the chunks and workers. */
type Spent = Map<string, number>;

async function timed(spent: Spent, label: string, work: () => Promise<unknown>): Promise<void> {
  const at = performance.now();
  await work();
  spent.set(label, (spent.get(label) ?? 0) + (performance.now() - at) / 1000);
}

async function seedPeople(
  client: pg.Client,
  from: number,
  to: number,
  run: string,
  spent: Spent,
): Promise<void> {
  await timed(spent, 'people', async () => {
    for (const statement of PEOPLE) await client.query(statement, [from, to, ZONES, DAYS]);
    await client.query(SESSIONS, [from, to, ZONES, run]);
  });
}

async function seedYear(client: pg.Client, from: number, to: number, spent: Spent): Promise<void> {
  const range = [from, to, ZONES, DAYS];
  await timed(spent, 'pulses', () =>
    client.query(PULSES, [...range, [...STRESSORS], QUESTIONS.map((q) => q.id)]),
  );
  const library = [
    WEEKLY.map((r) => r.id),
    WEEKLY.map((r) => r.title),
    WEEKLY.map((r) => r.how),
    WEEKLY.map((r) => r.minutes),
    WEEKLY.map((r) => r.rule),
    WEEKLY.map((r) => r.time),
  ];
  await timed(spent, 'rituals', async () => {
    await client.query(RITUALS, [...range, ...library]);
    await client.query(RITUAL_WEEKS, [
      ...range,
      WEEKLY.map((r) => r.id),
      WEEKLY.map((r) => r.time),
      WEEKLY.map((r) => r.isoWeekday),
    ]);
  });
  await timed(spent, 'talks', () => client.query(TALKS, [...range, TOPICS, [...FORMAT_IDS]]));
}

/** A session ready to seed: the id function, and no per-row foreign-key checks (every id is built to fit). */
async function seeder(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(ID_FUNCTION);
  await client.query("set session_replication_role = 'replica'");
  return client;
}

/** All couples, a chunk per transaction, on as many sessions as the machine has cores. */
async function seedAll(url: string, run: string, started: number): Promise<Spent> {
  const spent: Spent = new Map();
  const chunks: Array<[number, number]> = [];
  for (let from = 0; from < COUPLES; from += CHUNK) chunks.push([from, Math.min(from + CHUNK, COUPLES)]);
  let next = 0;
  const workers = Array.from({ length: Math.min(WORKERS, chunks.length) }, async () => {
    const client = await seeder(url);
    try {
      for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
        const [from, to] = chunk;
        await client.query('begin');
        await seedPeople(client, from, to, run, spent);
        await seedYear(client, from, to, spent);
        await client.query('commit');
        process.stderr.write(
          `growth: seeded couples ${from}–${to - 1} at ${round((performance.now() - started) / 1000)} s\n`,
        );
      }
    } finally {
      await client.end();
    }
  });
  await Promise.all(workers);
  return spent;
}

interface Mix {
  p50: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
}

/** The home screen's requests, cycled over every connection, signed in as one person. */
async function homeMix(server: BenchServer, cookie: string, seconds: number): Promise<Mix> {
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { cookie },
    requests: HOME_SCREEN.map((path) => ({ method: 'GET', path })),
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

/** Each request alone, one after another, to say which one grew: the median of a few, in ms. */
async function eachAlone(server: BenchServer, cookie: string): Promise<string> {
  const times: string[] = [];
  for (const path of HOME_SCREEN) {
    const samples: number[] = [];
    for (let n = 0; n < 15; n++) {
      const at = performance.now();
      const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      samples.push(performance.now() - at);
    }
    samples.sort((a, b) => a - b);
    times.push(`${path} ${round(samples[Math.floor(samples.length / 2)] ?? 0, 1)}`);
  }
  return times.join(', ');
}

/** One database's side of the comparison: its app instance and the couple whose home is asked for. */
interface Side {
  label: string;
  server: BenchServer;
  cookie: string;
  rounds: Mix[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Both sides, warmed up, then round by round in turns (the order flips each round), so a busy
 * moment of the machine falls on both alike. Each side's figure is the median of its rounds.
 */
async function measureSideBySide(sides: Side[]): Promise<Mix[]> {
  for (const side of sides) await homeMix(side.server, side.cookie, WARM_UP_SECONDS);
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const mix = await homeMix(side.server, side.cookie, SECONDS);
      if (mix.errors > 0)
        throw new Error(`the home screen's requests failed ${mix.errors} times (${side.label})`);
      side.rounds.push(mix);
    }
  }
  return sides.map((side) => {
    const mix: Mix = {
      p50: median(side.rounds.map((m) => m.p50)),
      p99: median(side.rounds.map((m) => m.p99)),
      requestsPerSecond: median(side.rounds.map((m) => m.requestsPerSecond)),
      errors: 0,
    };
    process.stderr.write(
      `growth: ${side.label}: p99 by round ${side.rounds.map((m) => m.p99).join(', ')} ms; median p50 ${mix.p50} ms, p99 ${mix.p99} ms, ${round(mix.requestsPerSecond)} req/s; load average ${round(loadavg()[0] ?? 0, 2)}\n`,
    );
    return mix;
  });
}

async function run(adminUrl: string): Promise<BenchResult[]> {
  if (!Number.isInteger(COUPLES) || COUPLES < 1 || !Number.isInteger(DAYS) || DAYS < 14)
    throw new Error('GROWTH_COUPLES must be a whole number from 1, GROWTH_DAYS one from 14');
  const name = `tend_growth_${randomBytes(5).toString('hex')}`;
  const emptyName = `${name}_empty`;
  const secret = randomBytes(32).toString('hex');
  const runId = randomBytes(6).toString('hex');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.query(`create database ${emptyName}`);
  const url = withDatabase(adminUrl, name);
  const emptyUrl = withDatabase(adminUrl, emptyName);
  const client = new pg.Client({ connectionString: url });
  let server: BenchServer | null = null;
  let emptyServer: BenchServer | null = null;
  try {
    server = await startTend(url, { sessionSecret: secret });
    emptyServer = await startTend(emptyUrl, { sessionSecret: secret });
    await client.connect();

    // The empty database: one couple, nothing written yet. It is numbered after the others.
    const probe = await seeder(emptyUrl);
    await seedPeople(probe, COUPLES, COUPLES + 1, runId, new Map());
    await probe.end();

    const started = performance.now();
    const spent = await seedAll(url, runId, started);
    const seedSeconds = (performance.now() - started) / 1000;
    // Vacuumed as well as analysed: autovacuum would otherwise wake on the new rows mid-measurement.
    const analyzeStarted = performance.now();
    await client.query('vacuum (analyze)');
    // Written out to disk before anything is timed, rather than by a checkpoint during the rounds.
    await client.query('checkpoint');
    const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
    const counts: Array<[string, number]> = [];
    for (const table of TABLES) {
      const result = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
      counts.push([table, Number(result.rows[0]?.n ?? 0)]);
    }
    const rows = counts.reduce((sum, [, n]) => sum + n, 0);
    const size = await client.query<{ bytes: string }>(
      'select pg_database_size(current_database()) as bytes',
    );
    const megabytes = Number(size.rows[0]?.bytes ?? 0) / 1024 / 1024;
    process.stderr.write(
      `growth: ${COUPLES} couples × ${DAYS} days: ${rows} rows in ${round(seedSeconds)} s (statements ${[...spent].map(([what, seconds]) => `${what} ${round(seconds)} s`).join(', ')}; ${counts.map(([t, n]) => `${t} ${n}`).join(', ')}); vacuum and analyze ${round(analyzeSeconds)} s; database ${round(megabytes)} MB\n`,
    );

    const fullCookie = signedCookie(tokenOf(runId, Math.floor(COUPLES / 2)), secret);
    const emptyCookie = signedCookie(tokenOf(runId, COUPLES), secret);
    const [empty, full] = await measureSideBySide([
      { label: 'empty database', server: emptyServer, cookie: emptyCookie, rounds: [] },
      { label: `a couple with ${DAYS} days of history`, server, cookie: fullCookie, rounds: [] },
    ]);
    if (!empty || !full) throw new Error('the comparison measured nothing');
    process.stderr.write(
      `growth: each request alone (median ms), empty: ${await eachAlone(emptyServer, emptyCookie)}\n` +
        `growth: each request alone (median ms), full: ${await eachAlone(server, fullCookie)}\n`,
    );
    const ratio = full.p99 / Math.max(empty.p99, 1);
    const scale = `${COUPLES} couples × ${DAYS} days`;
    return [
      {
        name: 'growth.seed.time',
        value: round(seedSeconds),
        unit: 's',
        baseline: null,
        ratio: null,
        goal: `reported (${scale}, ${rows} rows)`,
        met: null,
      },
      {
        name: 'growth.seed.rows',
        value: rows,
        unit: 'rows',
        baseline: null,
        ratio: null,
        goal: `reported (${scale})`,
        met: null,
      },
      {
        name: 'growth.database-size',
        value: round(megabytes),
        unit: 'MB',
        baseline: null,
        ratio: null,
        goal: `reported (${scale})`,
        met: null,
      },
      {
        name: 'growth.home.empty.p99',
        value: empty.p99,
        unit: 'ms',
        baseline: null,
        ratio: null,
        goal: `reported (${HOME_SCREEN.length} requests, ${CONNECTIONS} connections, median of ${ROUNDS} rounds × ${SECONDS} s)`,
        met: null,
      },
      {
        name: 'growth.home.full.p99',
        value: full.p99,
        unit: 'ms',
        baseline: empty.p99,
        ratio: round(ratio, 2),
        goal: `<= ${GOAL} × the empty database (${scale})`,
        met: ratio <= GOAL,
      },
      {
        name: 'growth.home.full.p50',
        value: full.p50,
        unit: 'ms',
        baseline: empty.p50,
        ratio: empty.p50 > 0 ? round(full.p50 / empty.p50, 2) : null,
        goal: 'reported',
        met: null,
      },
    ];
  } finally {
    await client.end().catch(() => {});
    await server?.stop().catch(() => {});
    await emptyServer?.stop().catch(() => {});
    // GROWTH_KEEP=1 leaves the seeded database on the server, to look at its query plans; drop it after.
    if (process.env.GROWTH_KEEP) process.stderr.write(`growth: kept the database ${name}\n`);
    else await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.query(`drop database if exists ${emptyName} with (force)`).catch(() => {});
    await admin.end();
  }
}

export async function runGrowthBench(): Promise<BenchResult[]> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl)
    throw new Error(
      'Set BENCH_DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:55432/postgres',
    );
  return run(adminUrl);
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
