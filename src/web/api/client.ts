import type { Me, ProfileChange, Session } from '../../core/contracts/account';
import type {
  Agreement,
  AgreementChange,
  AgreementKeep,
  Ledger,
  Need,
  NeedChange,
  NewAgreement,
  NewNeed,
} from '../../core/contracts/agreements';
import type { Appreciation, Appreciations, NewGesture, Win, Wins } from '../../core/contracts/appreciations';
import type {
  Commitment,
  CommitmentChange,
  CommitmentList,
  NewCommitment,
} from '../../core/contracts/commitments';
import type { InsightsView, WeekSummaryView } from '../../core/contracts/insights';
import type { JournalEntry, JournalEntryInput, JournalList, NoteList } from '../../core/contracts/journal';
import type {
  AgendaItem,
  Decision,
  Goal,
  HeldMeeting,
  MeetingRoom,
  MeetingSchedule,
  MeetingsDue,
  NewItem,
  ParentingPlan,
  PlanKeep,
  PlanRow,
  PlanRowInput,
  ScheduleInput,
  StartMeeting,
} from '../../core/contracts/meetings';
import type {
  NotificationList,
  NotificationPreferences,
  PreferencesChange,
  PushKey,
  PushSubscriptionInput,
  Unsubscribed,
} from '../../core/contracts/notifications';
import type { PauseState } from '../../core/contracts/pause';
import type { Adopt, ChooseIdea, Problem, ProblemList, RatingInput } from '../../core/contracts/problems';
import type { CadenceChoice, PulseEntry, PulseSettingsChange, PulseToday } from '../../core/contracts/pulse';
import type {
  AfterFight,
  AfterFightEntryInput,
  PlanAsAgreement,
  Repair,
  RepairAnswerInput,
  RepairDraft,
  RepairRoom,
} from '../../core/contracts/repair';
import type {
  FeedLink,
  NewRitual,
  OccurrenceLog,
  RitualAnswer,
  RitualChange,
  RitualDetail,
  RitualList,
} from '../../core/contracts/rituals';
import type {
  LocalService,
  Operator,
  ServiceInput,
  ServiceList,
  ServiceSearch,
} from '../../core/contracts/services';
import type { Home, InvitePreview, Join, NewInvite, Space } from '../../core/contracts/space';
import type { Confirmation, NewTalk, Talk, TalkList, TalkReply } from '../../core/contracts/talks';
import type { MeetingTopic } from '../../core/meetings/rules';
import type { AfterFightStep } from '../../core/repair/after-fight';

/** An error the API answered with, in the server's one error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** What the server added to act on, e.g. the partner's version in a conflict. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The request never reached the server (offline, or the server is down). */
export class OfflineError extends Error {}

async function call<T>(method: string, url: string, body?: unknown, key?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(key && { 'idempotency-key': key }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    throw new OfflineError('offline');
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as
    | (T & {
        error?: {
          code: string;
          message: string;
          fields?: Record<string, string>;
          details?: Record<string, unknown>;
        };
      })
    | null;
  if (!response.ok) {
    const error = payload?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'UNKNOWN',
      error?.message ?? '',
      error?.fields ?? {},
      error?.details ?? {},
    );
  }
  return payload as T;
}

/**
 * A POST that writes something new (an entry, a note to the partner, a proposal). One key per
 * action: when the connection drops before the answer, it is sent again with the same key, and
 * the server answers a retry of what it already did with the first answer instead of doing it twice.
 */
export async function write<T>(url: string, body: unknown, retryDelaysMs = [500, 1500]): Promise<T> {
  const key = actionKey();
  for (let attempt = 0; ; attempt++) {
    try {
      return await call<T>('POST', url, body, key);
    } catch (error) {
      const delay = retryDelaysMs[attempt];
      if (delay === undefined || !(error instanceof OfflineError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Random enough to be unique; getRandomValues works on plain http too, unlike randomUUID. */
function actionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Downloads the browser saves as files (links, not fetches: the server names the file). */
export const downloads = {
  everything: '/api/account/export',
  calendar: '/api/account/export.ics',
};

/** Every call the web app makes to the server. */
export const api = {
  signUp: (input: { name: string; email: string; password: string; timeZone: string; locale: 'en' }) =>
    call<Me>('POST', '/api/account/sign-up', input),
  signIn: (input: { email: string; password: string }) => call<Me>('POST', '/api/account/sign-in', input),
  signOut: () => call<void>('POST', '/api/account/sign-out', {}),
  requestPasswordReset: (email: string) =>
    call<{ message: string }>('POST', '/api/account/password-reset-request', { email }),
  resetPassword: (token: string, password: string) =>
    call<void>('POST', '/api/account/password-reset', { token, password }),
  me: () => call<Me>('GET', '/api/me'),
  updateMe: (change: ProfileChange) => call<Me>('PATCH', '/api/me', change),
  sessions: () => call<Session[]>('GET', '/api/sessions'),
  revokeSession: (id: string) => call<void>('DELETE', `/api/sessions/${encodeURIComponent(id)}`),
  revokeOtherSessions: () => call<{ ended: number }>('POST', '/api/sessions/revoke-others', {}),
  deleteAccount: (password: string) => call<void>('POST', '/api/account/delete', { password }),
  home: () => call<Home>('GET', '/api/home'),
  startSpace: () => call<Space>('POST', '/api/space', {}),
  invite: () => write<NewInvite>('/api/space/invites', {}),
  withdrawInvite: (id: string) => call<void>('DELETE', `/api/space/invites/${encodeURIComponent(id)}`),
  previewInvite: (token: string) => call<InvitePreview>('GET', `/api/invites/${encodeURIComponent(token)}`),
  join: (join: Join) => call<Space>('POST', '/api/space/join', join),
  leaveSpace: () => call<void>('POST', '/api/space/leave', {}),
  notifications: () => call<NotificationList>('GET', '/api/notifications'),
  markNotificationRead: (id: string) =>
    call<void>('POST', `/api/notifications/${encodeURIComponent(id)}/read`, {}),
  markAllNotificationsRead: () => call<void>('POST', '/api/notifications/read-all', {}),
  notificationPreferences: () => call<NotificationPreferences>('GET', '/api/notifications/preferences'),
  changeNotificationPreferences: (change: PreferencesChange) =>
    call<NotificationPreferences>('PATCH', '/api/notifications/preferences', change),
  pushKey: () => call<PushKey>('GET', '/api/notifications/push'),
  subscribePush: (subscription: PushSubscriptionInput) =>
    call<void>('POST', '/api/notifications/push', subscription),
  unsubscribePush: (endpoint: string) => call<void>('POST', '/api/notifications/push/remove', { endpoint }),
  unsubscribeEmail: (token: string) =>
    call<Unsubscribed>('POST', `/api/unsubscribe/${encodeURIComponent(token)}`, {}),
  /** Every talk still going and the latest past ones: `limit` of them, or the server's first page. */
  talks: (limit?: number) => call<TalkList>('GET', limit ? `/api/talks?limit=${limit}` : '/api/talks'),
  inviteToTalk: (talk: NewTalk) => write<Talk>('/api/talks', talk),
  talk: (id: string) => call<Talk>('GET', talkUrl(id)),
  replyToTalk: (id: string, reply: TalkReply) => call<Talk>('POST', talkUrl(id, '/reply'), reply),
  acceptRules: (id: string) => call<Talk>('POST', talkUrl(id, '/rules'), {}),
  endTurn: (id: string, text?: string) => call<Talk>('POST', talkUrl(id, '/turn-end'), words(text)),
  reflect: (id: string, text?: string) => call<Talk>('POST', talkUrl(id, '/reflection'), words(text)),
  confirm: (id: string, confirmation: Confirmation) =>
    call<Talk>('POST', talkUrl(id, '/confirmation'), confirmation),
  finishTalk: (id: string) => call<Talk>('POST', talkUrl(id, '/finish'), {}),
  rateTalk: (id: string, feltHeard: number) => call<Talk>('PUT', talkUrl(id, '/rating'), { feltHeard }),
  removeTalkEntry: (id: string, entryId: string) =>
    call<void>('DELETE', talkUrl(id, `/entries/${encodeURIComponent(entryId)}`)),
  pause: () => call<PauseState>('GET', '/api/pause'),
  askForPause: (minutes: number) => call<PauseState>('POST', '/api/pause', { minutes }),
  extendPause: (id: string, minutes: number) =>
    call<PauseState>('POST', `/api/pause/${encodeURIComponent(id)}/extend`, { minutes }),
  endPause: (id: string) => call<PauseState>('POST', `/api/pause/${encodeURIComponent(id)}/end`, {}),
  comeBack: (id: string) => call<PauseState>('POST', `/api/pause/${encodeURIComponent(id)}/return`, {}),
  pulseToday: () => call<PulseToday>('GET', '/api/pulse'),
  checkIn: (day: string, entry: PulseEntry) =>
    call<PulseToday>('PUT', `/api/pulse/days/${encodeURIComponent(day)}`, entry),
  proposeCadence: (choice: CadenceChoice) => call<PulseToday>('PUT', '/api/pulse/cadence', choice),
  acceptCadence: () => call<PulseToday>('POST', '/api/pulse/cadence/accept', {}),
  changePulseSettings: (change: PulseSettingsChange) =>
    call<PulseToday>('PATCH', '/api/pulse/settings', change),
  journal: (search: { q?: string; feeling?: string } = {}) => {
    const query = new URLSearchParams();
    if (search.q) query.set('q', search.q);
    if (search.feeling) query.set('feeling', search.feeling);
    const rest = query.size > 0 ? `?${query}` : '';
    return call<JournalList>('GET', `/api/journal${rest}`);
  },
  journalEntry: (id: string) => call<JournalEntry>('GET', `/api/journal/${encodeURIComponent(id)}`),
  writeEntry: (input: JournalEntryInput) => write<JournalEntry>('/api/journal', input),
  changeEntry: (id: string, input: JournalEntryInput) =>
    call<JournalEntry>('PUT', `/api/journal/${encodeURIComponent(id)}`, input),
  deleteEntry: (id: string) => call<void>('DELETE', `/api/journal/${encodeURIComponent(id)}`),
  shareEntry: (id: string) => write<NoteList>(`/api/journal/${encodeURIComponent(id)}/share`, {}),
  notes: () => call<NoteList>('GET', '/api/notes'),
  deleteNote: (id: string) => call<void>('DELETE', `/api/notes/${encodeURIComponent(id)}`),
  appreciations: () => call<Appreciations>('GET', '/api/appreciations'),
  sendAppreciation: (text: string) => write<Appreciation>('/api/appreciations', { text }),
  markAppreciationRead: (id: string) =>
    call<Appreciation>('POST', `/api/appreciations/${encodeURIComponent(id)}/read`, {}),
  deleteAppreciation: (id: string) => call<void>('DELETE', `/api/appreciations/${encodeURIComponent(id)}`),
  logGesture: (gesture: NewGesture) => write<Appreciations>('/api/gestures', gesture),
  /** The latest wins: `limit` of them, or the server's first page. */
  wins: (limit?: number) => call<Wins>('GET', limit ? `/api/wins?limit=${limit}` : '/api/wins'),
  addWin: (text: string) => write<Win>('/api/wins', { text }),
  repairRoom: () => call<RepairRoom>('GET', '/api/repair'),
  repair: (id: string) => call<Repair>('GET', repairUrl(id)),
  draftRepair: (draft: RepairDraft) => write<Repair>('/api/repairs', draft),
  changeRepair: (id: string, draft: RepairDraft) => call<Repair>('PUT', repairUrl(id), draft),
  deleteRepair: (id: string) => call<void>('DELETE', repairUrl(id)),
  sendRepair: (id: string) => write<Repair>(repairUrl(id, '/send'), {}),
  answerRepair: (id: string, answer: RepairAnswerInput) =>
    call<Repair>('POST', repairUrl(id, '/answer'), answer),
  startAfterFight: () => write<AfterFight>('/api/after-fights', {}),
  afterFight: (id: string) => call<AfterFight>('GET', afterFightUrl(id)),
  readyForAfterFight: (id: string) => call<AfterFight>('POST', afterFightUrl(id, '/join'), {}),
  stopAfterFight: (id: string) => call<AfterFight>('POST', afterFightUrl(id, '/stop'), {}),
  shareAfterFightStep: (id: string, step: AfterFightStep, entry: AfterFightEntryInput) =>
    call<AfterFight>('POST', afterFightUrl(id, `/steps/${step}`), entry),
  proposePlan: (id: string, entryId: string, input: PlanAsAgreement) =>
    call<AfterFight>('POST', afterFightUrl(id, `/plans/${encodeURIComponent(entryId)}/agreement`), input),
  // A POST, so what someone looks for never appears in a URL.
  searchServices: (search: ServiceSearch) => call<ServiceList>('POST', '/api/services/search', search),
  operator: () => call<Operator>('GET', '/api/operator'),
  addService: (input: ServiceInput) => call<LocalService>('POST', '/api/services', input),
  changeService: (id: string, input: ServiceInput) =>
    call<LocalService>('PUT', `/api/services/${encodeURIComponent(id)}`, input),
  removeService: (id: string) => call<void>('DELETE', `/api/services/${encodeURIComponent(id)}`),
  agreements: () => call<Ledger>('GET', '/api/agreements'),
  proposeAgreement: (input: NewAgreement) => write<Agreement>('/api/agreements', input),
  changeAgreement: (id: string, change: AgreementChange) =>
    write<Agreement>(agreementUrl(id, '/versions'), change),
  acceptAgreement: (id: string, basedOn: number) =>
    call<Agreement>('POST', agreementUrl(id, '/accept'), { basedOn }),
  discussAgreement: (id: string, basedOn: number) =>
    call<Agreement>('POST', agreementUrl(id, '/discuss'), { basedOn }),
  keepAgreement: (id: string, keep: AgreementKeep) =>
    call<Agreement>('POST', agreementUrl(id, '/keep'), keep),
  retireAgreement: (id: string, basedOn: number) =>
    call<Agreement>('POST', agreementUrl(id, '/retire'), { basedOn }),
  addNeed: (need: NewNeed) => write<Need>('/api/needs', need),
  changeNeed: (id: string, change: NeedChange) =>
    call<Need>('PATCH', `/api/needs/${encodeURIComponent(id)}`, change),
  deleteNeed: (id: string) => call<void>('DELETE', `/api/needs/${encodeURIComponent(id)}`),
  commitments: () => call<CommitmentList>('GET', '/api/commitments'),
  addCommitment: (input: NewCommitment) => write<Commitment>('/api/commitments', input),
  changeCommitment: (id: string, change: CommitmentChange) =>
    call<Commitment>('PATCH', `/api/commitments/${encodeURIComponent(id)}`, change),
  deleteCommitment: (id: string) => call<void>('DELETE', `/api/commitments/${encodeURIComponent(id)}`),
  rituals: () => call<RitualList>('GET', '/api/rituals'),
  ritual: (id: string) => call<RitualDetail>('GET', ritualUrl(id)),
  startRitual: (input: NewRitual) => write<RitualDetail>('/api/rituals', input),
  changeRitual: (id: string, change: RitualChange) => call<RitualDetail>('PATCH', ritualUrl(id), change),
  endRitual: (id: string) => call<void>('DELETE', ritualUrl(id)),
  answerRitual: (id: string, answer: RitualAnswer['answer']) =>
    call<RitualDetail>('POST', ritualUrl(id, '/answer'), { answer }),
  logOccurrence: (id: string, day: string, log: OccurrenceLog) =>
    call<RitualDetail>('PUT', ritualUrl(id, `/occurrences/${encodeURIComponent(day)}`), log),
  rateOccurrence: (id: string, day: string, feeling: number) =>
    call<RitualDetail>('PUT', ritualUrl(id, `/occurrences/${encodeURIComponent(day)}/feeling`), { feeling }),
  setRitualReminder: (id: string, leadMinutes: number | null) =>
    call<RitualDetail>('PUT', ritualUrl(id, '/reminder'), { leadMinutes }),
  makeCalendarFeed: () => call<FeedLink>('POST', '/api/rituals-feed', {}),
  revokeCalendarFeed: () => call<void>('DELETE', '/api/rituals-feed'),

  meetingRoom: (topic: MeetingTopic) => call<MeetingRoom>('GET', `/api/meetings/${topic}`),
  meetingsDue: () => call<MeetingsDue>('GET', '/api/meetings-due'),
  addGoal: (topic: MeetingTopic, wording: string) =>
    call<Goal>('POST', `/api/meetings/${topic}/goals`, { wording }),
  changeGoal: (id: string, wording: string) =>
    call<Goal>('PATCH', meetingUrl('meeting-goals', id), { wording }),
  removeGoal: (id: string) => call<void>('DELETE', meetingUrl('meeting-goals', id)),
  addAgendaItem: (topic: MeetingTopic, item: NewItem) =>
    call<AgendaItem>('POST', `/api/meetings/${topic}/agenda`, item),
  orderAgenda: (topic: MeetingTopic, itemIds: string[]) =>
    call<AgendaItem[]>('PUT', `/api/meetings/${topic}/agenda`, { itemIds }),
  removeAgendaItem: (id: string) => call<void>('DELETE', meetingUrl('agenda-items', id)),
  startMeeting: (topic: MeetingTopic, input: StartMeeting) =>
    call<HeldMeeting>('POST', `/api/meetings/${topic}/start`, input),
  saveMeetingNotes: (id: string, text: string, basedOn: number) =>
    call<HeldMeeting>('PUT', meetingUrl('held-meetings', id, '/notes'), { text, basedOn }),
  addDecision: (id: string, wording: string) =>
    call<Decision>('POST', meetingUrl('held-meetings', id, '/decisions'), { wording }),
  proposeDecision: (id: string) =>
    call<Decision>('POST', meetingUrl('meeting-decisions', id, '/agreement'), {}),
  proposeSchedule: (topic: MeetingTopic, input: ScheduleInput) =>
    call<MeetingSchedule>('PUT', `/api/meetings/${topic}/schedule`, input),
  acceptSchedule: (topic: MeetingTopic) =>
    call<MeetingSchedule>('POST', `/api/meetings/${topic}/schedule/accept`, {}),
  stopSchedule: (topic: MeetingTopic) => call<void>('DELETE', `/api/meetings/${topic}/schedule`),
  parentingPlan: () => call<ParentingPlan>('GET', '/api/parenting-plan'),
  addPlanRow: (row: PlanRowInput) => call<PlanRow>('POST', '/api/parenting-plan/rows', row),
  changePlanRow: (id: string, row: PlanRowInput) =>
    call<PlanRow>('PUT', `/api/parenting-plan/rows/${encodeURIComponent(id)}`, row),
  removePlanRow: (id: string) => call<void>('DELETE', `/api/parenting-plan/rows/${encodeURIComponent(id)}`),
  keepPlan: (keep: PlanKeep) => call<ParentingPlan>('POST', '/api/parenting-plan/keep', keep),
  insights: () => call<InsightsView>('GET', '/api/insights'),
  weekSummary: () => call<WeekSummaryView>('GET', '/api/insights/summary'),
  dismissDistance: () => call<InsightsView>('POST', '/api/insights/distance/dismiss', {}),
  problems: () => call<ProblemList>('GET', '/api/problems'),
  problem: (id: string) => call<Problem>('GET', problemUrl(id)),
  startProblem: (challenge: string) => call<Problem>('POST', '/api/problems', { challenge }),
  addIdea: (id: string, text: string) => call<Problem>('POST', problemUrl(id, '/ideas'), { text }),
  finishBrainstorm: (id: string) => call<Problem>('POST', problemUrl(id, '/done'), {}),
  brainstormAgain: (id: string) => call<Problem>('POST', problemUrl(id, '/brainstorm'), {}),
  chooseIdea: (id: string, choice: ChooseIdea) =>
    call<Problem>('POST', problemUrl(id, '/experiment'), choice),
  endTrial: (id: string) => call<Problem>('POST', problemUrl(id, '/experiment/end'), {}),
  rateExperiment: (id: string, rating: RatingInput) =>
    call<Problem>('POST', problemUrl(id, '/experiment/rating'), rating),
  adoptExperiment: (id: string, adopt: Adopt) =>
    call<Problem>('POST', problemUrl(id, '/experiment/adopt'), adopt),
  dropExperiment: (id: string) => call<Problem>('POST', problemUrl(id, '/experiment/drop'), {}),
};

function meetingUrl(kind: string, id: string, rest = ''): string {
  return `/api/${kind}/${encodeURIComponent(id)}${rest}`;
}

function problemUrl(id: string, rest = ''): string {
  return `/api/problems/${encodeURIComponent(id)}${rest}`;
}

function repairUrl(id: string, rest = ''): string {
  return `/api/repairs/${encodeURIComponent(id)}${rest}`;
}

function afterFightUrl(id: string, rest = ''): string {
  return `/api/after-fights/${encodeURIComponent(id)}${rest}`;
}

function agreementUrl(id: string, rest = ''): string {
  return `/api/agreements/${encodeURIComponent(id)}${rest}`;
}

function ritualUrl(id: string, rest = ''): string {
  return `/api/rituals/${encodeURIComponent(id)}${rest}`;
}

function talkUrl(id: string, rest = ''): string {
  return `/api/talks/${encodeURIComponent(id)}${rest}`;
}

/** Only non-empty words are sent; in person nothing is. */
function words(text: string | undefined): { text?: string } {
  const trimmed = text?.trim();
  return trimmed ? { text: trimmed } : {};
}
