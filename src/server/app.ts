import { join } from 'node:path';
import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { ritualTitleFrom } from '../core/rituals/library';
import { dataRightsRoutes } from './features/account/data-rights-routes';
import { createAccountDeletion } from './features/account/deletion';
import { createExportService } from './features/account/export/service';
import { sendResetLink } from './features/account/reset-mail';
import { accountRoutes } from './features/account/routes';
import { createAccountService } from './features/account/service';
import { agreementReminders } from './features/agreements/reminders';
import { agreementRoutes } from './features/agreements/routes';
import { createAgreementService } from './features/agreements/service';
import { appreciationRoutes } from './features/appreciations/routes';
import { createAppreciationService } from './features/appreciations/service';
import { commitmentReminders } from './features/commitments/reminders';
import { commitmentRoutes } from './features/commitments/routes';
import { createCommitmentService } from './features/commitments/service';
import { homeRoutes } from './features/home/routes';
import { insightsRoutes } from './features/insights/routes';
import { createInsightsService } from './features/insights/service';
import { weeklySummaries } from './features/insights/weekly';
import { journalRoutes } from './features/journal/routes';
import { createJournalService } from './features/journal/service';
import { createPlanService } from './features/meetings/plan';
import { createRecordService } from './features/meetings/records';
import { meetingReminders } from './features/meetings/reminders';
import { meetingRoutes } from './features/meetings/routes';
import { createScheduleService } from './features/meetings/schedule';
import { createMeetingService } from './features/meetings/service';
import { registerDeliveryJobs } from './features/notifications/delivery';
import { notificationRoutes } from './features/notifications/routes';
import { createNotificationService, type NotificationService } from './features/notifications/service';
import { pauseReminders } from './features/pause/reminders';
import { pauseRoutes } from './features/pause/routes';
import { createPauseService, type PauseService } from './features/pause/service';
import { problemReminders } from './features/problems/reminders';
import { problemRoutes } from './features/problems/routes';
import { createProblemService } from './features/problems/service';
import { pulseReminders } from './features/pulse/reminders';
import { pulseRoutes } from './features/pulse/routes';
import { createPulseService } from './features/pulse/service';
import { createAfterFightService } from './features/repair/after-fight';
import { repairRoutes } from './features/repair/routes';
import { createRepairService } from './features/repair/service';
import { createRitualFeed } from './features/rituals/feed';
import { ritualReminders } from './features/rituals/reminders';
import { ritualRoutes } from './features/rituals/routes';
import { createRitualService } from './features/rituals/service';
import { servicesRoutes } from './features/services/routes';
import { createServicesDirectory } from './features/services/service';
import { spaceRoutes } from './features/space/routes';
import { createSpaceService } from './features/space/service';
import { systemRoutes } from './features/system/routes';
import { talkRoutes } from './features/talks/routes';
import { createTalkService } from './features/talks/service';
import { createAuth } from './platform/auth/auth';
import { createSessionReader } from './platform/auth/session';
import { Throttle } from './platform/auth/throttle';
import { type Clock, systemClock } from './platform/clock';
import type { Config } from './platform/config/config';
import { type Database, openDatabase } from './platform/db/database';
import { addSecurityHeaders, originsFor } from './platform/http/headers';
import { buildOpenApi } from './platform/http/openapi';
import { registerRoutes } from './platform/http/register';
import type { Route } from './platform/http/route';
import { createHttpServer } from './platform/http/server';
import { createIdempotency } from './platform/idempotency/idempotency';
import { Scheduler } from './platform/jobs/scheduler';
import { createMailer, type Mailer } from './platform/mail/mailer';
import { createPushSender } from './platform/notifications/push';
import { readOrCreateVapidKeys } from './platform/notifications/vapid';
import type { Platform } from './platform/platform';
import { Live } from './platform/realtime/live';
import { serveWeb } from './web-app';

export const VERSION = '0.1.0';

export interface AppOptions {
  config: Config;
  clock?: Clock;
  mailer?: Mailer;
  /** Where log lines go (tests read them); standard output otherwise. */
  logStream?: { write(line: string): void };
  /** Start the embedded database from this dump instead of the data folder (tests). */
  pgliteDump?: Blob;
  /** Serve the built web app from dist/web (on unless told otherwise). */
  serveWeb?: boolean;
  /** A certificate authority to trust for push services (tests run their own). */
  pushCa?: string;
}

export interface App {
  http: FastifyInstance;
  platform: Platform;
  routes: Route[];
  /** How features tell people things: `notify` now, `schedule` for later. */
  notifications: NotificationService;
  /** Starts this instance's job worker; call once the server listens. Tests call `runDue` instead. */
  startJobs(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the database, wires the platform and every feature, and returns the ready HTTP server. */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const database: Database = await openDatabase({
    dataDir: options.pgliteDump ? null : join(config.dataDir, 'db'),
    databaseUrl: config.databaseUrl,
    ...(options.pgliteDump && { pgliteDump: options.pgliteDump }),
  });
  const trustedOrigins = originsFor(config.publicUrl);
  const http = createHttpServer({
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    trustedOrigins,
    ...(options.logStream && { logStream: options.logStream }),
  });
  const mailer = options.mailer ?? createMailer(config.smtpUrl, config.dataDir);
  const auth = createAuth({
    db: database.db,
    secret: config.sessionSecret,
    publicUrl: config.publicUrl,
    trustedOrigins,
    sendResetLink: (to, token) =>
      sendResetLink(mailer, config.smtpUrl ? null : http.log, config.publicUrl, to, token),
  });
  const live = new Live(database);
  const jobs = new Scheduler(database, clock, http.log);
  const platform: Platform = {
    config,
    database,
    clock,
    mailer,
    live,
    jobs,
    throttle: new Throttle(database.db, clock),
    auth,
  };

  const spaces = createSpaceService(platform);
  const partnersOf = async (personId: string) =>
    ((await spaces.findSpace(personId))?.members ?? []).map((m) => m.id).filter((id) => id !== personId);
  const accounts = createAccountService(platform, partnersOf);
  const vapid = readOrCreateVapidKeys(config.dataDir);
  // Only tests run a push service on this machine, and they say so by trusting its certificate.
  const notifications = createNotificationService(platform, vapid.publicKey, {
    allowPrivatePushHosts: options.pushCa !== undefined,
  });
  registerDeliveryJobs(
    platform,
    notifications,
    createPushSender(vapid, config.vapidSubject, options.pushCa),
    {
      partnerNameOf: async (personId) =>
        (await spaces.findSpace(personId))?.members.find((m) => !m.isYou)?.name ?? null,
      isMemberOf: async (personId, spaceId) => (await spaces.findMembership(personId))?.spaceId === spaceId,
    },
  );

  const appreciations = createAppreciationService(platform, {
    membersOf: spaces.listMembers,
    onReceived: async (note) => {
      await notifications.notify(note.recipientId, 'appreciation.received', {
        appreciationId: note.id,
        partnerName: note.senderName,
      });
    },
  });

  // Talks ask whether the space is on a pause; pauses hold and release talks.
  let pauses: PauseService | null = null;
  const talks = createTalkService(
    platform,
    spaces.memberIds,
    async (spaceId) => (pauses ? pauses.isOn(spaceId) : false),
    async (talk) => {
      const inviter = (await spaces.listMembers(talk.spaceId)).find((m) => m.id === talk.inviterId);
      await notifications.notify(talk.inviteeId, 'talk.invitation', {
        talkId: talk.id,
        ...(inviter && { partnerName: inviter.name }),
      });
    },
    appreciations.reflectionConfirmed,
  );
  const returns = pauseReminders(platform, notifications, spaces.listMembers, async (pauseId) => {
    await pauses?.arriveAtReturn(pauseId);
  });
  pauses = createPauseService(platform, {
    membersOf: spaces.listMembers,
    onStart: talks.freezeSpace,
    onEnd: talks.thawSpace,
    onReturnSet: returns.onReturnSet,
    onReturn: returns.onReturn,
    onHonoured: (pause) => appreciations.pauseHonoured(pause.spaceId, pause.personId),
  });

  const pulseReminder = pulseReminders(platform, notifications);
  const insights = createInsightsService(platform, { membersOf: spaces.listMembers });
  const summaries = weeklySummaries(platform, notifications, insights.summaryOf);
  // A day's first check-in also makes sure the person's next weekly summary is planned.
  const pulses = createPulseService(platform, {
    planReminder: async (personId) => {
      await Promise.all([pulseReminder.planReminder(personId), summaries.plan(personId)]);
    },
  });
  spaces.onMoveToSpace(pulses.moveToSpace);
  const journal = createJournalService(platform);
  spaces.onMoveToSpace(journal.moveToSpace);
  spaces.onMoveToSpace(appreciations.moveToSpace);
  // Plans to change, from a repair sent or after a fight, land on their author's own list.
  const commitments = createCommitmentService(
    platform,
    spaces.listMembers,
    commitmentReminders(platform, notifications).onDueSet,
  );
  spaces.onMoveToSpace(commitments.moveToSpace);
  // A plan from after a fight becomes a proposal in the ledger (the agreements service, below).
  const afterFights = createAfterFightService(
    platform,
    spaces.listMembers,
    async (member, proposal) => (await agreements.proposeFrom(member, { ...proposal, source: 'repair' })).id,
    commitments.keepPlan,
  );
  const repairs = createRepairService(
    platform,
    {
      membersOf: spaces.listMembers,
      onReceived: async (repair) => {
        await notifications.notify(repair.recipientId, 'repair.received', {
          repairId: repair.id,
          partnerName: repair.senderName,
        });
      },
      onAccepted: appreciations.repairAccepted,
      keepPlan: commitments.keepPlan,
    },
    afterFights,
  );
  spaces.onMoveToSpace(repairs.moveToSpace);
  const directory = createServicesDirectory(platform);

  // "Let's talk it over" invites the proposer to a talk on the agreement's words.
  const reviews = agreementReminders(platform, notifications, (id, reviewOn) =>
    agreements.isReviewCurrent(id, reviewOn),
  );
  const agreements = createAgreementService(platform, {
    onReviewSet: reviews.onReviewSet,
    onDiscuss: async (member, topic) =>
      (await talks.invite(member, { topic, formatId: 'check-in', mode: 'in_person', startsAt: null })).id,
  });
  spaces.onMoveToSpace(agreements.moveToSpace);
  const rituals = createRitualService(platform, {
    membersOf: spaces.listMembers,
    planReminders: ritualReminders(platform, notifications).planReminders,
    onDoneTogether: (ritual) => appreciations.ritualDoneTogether(ritual.spaceId),
    onProposed: async (ritual, to, from) => {
      await notifications.notify(to.id, 'ritual.proposed', {
        ritualId: ritual.id,
        ...(from && { partnerName: from.name }),
      });
    },
  });
  spaces.onMoveToSpace(rituals.moveToSpace);

  // Money and parenting meetings run as talks of their format; their decisions become agreements.
  const meetingReminder = meetingReminders(platform, notifications);
  const meetings = createMeetingService(platform, {
    onStart: async (member, { topic, summary, mode }) =>
      (await talks.invite(member, { topic: summary, formatId: topic, mode, startsAt: null })).id,
  });
  const meetingRecords = createRecordService(platform, {
    onDecision: async (member, { category, wording }) =>
      (await agreements.proposeFrom(member, { category, wording, source: 'meeting' })).id,
  });
  const meetingSchedules = createScheduleService(platform, { planReminders: meetingReminder.planMeeting });
  const parentingPlans = createPlanService(platform, { onReviewSet: meetingReminder.onPlanReviewSet });

  // An experiment adopted as an agreement is proposed in the ledger, where the partner accepts it.
  const trialEnds = problemReminders(platform, notifications, (id, endsOn) =>
    problems.isTrialEndCurrent(id, endsOn),
  );
  const problems = createProblemService(platform, {
    onTrialSet: trialEnds.onTrialSet,
    onAdoptAsAgreement: async (member, proposal) =>
      (await agreements.proposeFrom(member, { ...proposal, source: 'problem' })).id,
    // A tried idea becomes a weekly ritual proposed to the partner; either can change its rhythm.
    onAdoptAsRitual: async (member, { wording, timeZone }) => {
      const ritual = {
        libraryId: null,
        title: ritualTitleFrom(wording),
        how: wording,
        minutes: 15,
        rule: 'FREQ=WEEKLY',
        time: '19:00',
        isProposed: true,
      };
      return (await rituals.start(member, ritual, timeZone)).ritual.id;
    },
  });

  const exports = createExportService(
    platform,
    async (id) => (await spaces.findMembership(id))?.spaceId ?? null,
  );
  const deletion = createAccountDeletion(platform, spaces);

  const routes: Route[] = [
    ...accountRoutes(accounts),
    ...dataRightsRoutes(exports, deletion),
    ...spaceRoutes(spaces),
    ...homeRoutes(spaces),
    ...appreciationRoutes(appreciations),
    ...notificationRoutes(notifications),
    ...talkRoutes(talks),
    ...pauseRoutes(pauses),
    ...pulseRoutes(pulses),
    ...journalRoutes(journal),
    ...repairRoutes(repairs, afterFights),
    ...servicesRoutes(directory),
    ...agreementRoutes(agreements),
    ...ritualRoutes(rituals, createRitualFeed(platform)),
    ...meetingRoutes(meetings, meetingRecords, meetingSchedules, parentingPlans),
    ...insightsRoutes(insights),
    ...problemRoutes(problems),
    ...commitmentRoutes(commitments),
  ];
  const openApi = buildOpenApi([...routes, ...systemRoutes(database.kind, () => ({}))], VERSION);
  routes.push(...systemRoutes(database.kind, () => openApi));

  addSecurityHeaders(http, config.publicUrl);
  await http.register(fastifyWebsocket, { options: { maxPayload: 4096 } });
  const signedIn = createSessionReader({
    auth,
    db: database.db,
    secret: config.sessionSecret,
    secureCookies: config.publicUrl.protocol === 'https:',
    lookup: spaces.findSessionWithSpace,
  });
  const idempotency = createIdempotency(database.db, clock, jobs);
  registerRoutes(
    http,
    routes,
    { signedIn, membership: spaces.findMembership, isOperator: directory.isOperator },
    idempotency,
  );
  live.register(http, signedIn, trustedOrigins);
  if (options.serveWeb !== false) await serveWeb(http);
  await live.start();

  return {
    http,
    platform,
    routes,
    notifications,
    async startJobs() {
      await idempotency.planSweep();
      await jobs.start();
    },
    async close() {
      await jobs.stop();
      live.stop();
      await http.close();
      await database.close();
    },
  };
}
