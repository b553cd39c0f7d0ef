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
import type { JournalEntry, JournalEntryInput, JournalList, NoteList } from '../../core/contracts/journal';
import type {
  NotificationList,
  NotificationPreferences,
  PreferencesChange,
  PushKey,
  PushSubscriptionInput,
  Unsubscribed,
} from '../../core/contracts/notifications';
import type { PauseState } from '../../core/contracts/pause';
import type { CadenceChoice, PulseEntry, PulseSettingsChange, PulseToday } from '../../core/contracts/pulse';
import type {
  AfterFight,
  AfterFightEntryInput,
  Repair,
  RepairAnswerInput,
  RepairDraft,
  RepairRoom,
} from '../../core/contracts/repair';
import type {
  LocalService,
  Operator,
  ServiceInput,
  ServiceList,
  ServiceSearch,
} from '../../core/contracts/services';
import type { Home, InvitePreview, Join, NewInvite, Space } from '../../core/contracts/space';
import type { Confirmation, NewTalk, Talk, TalkList, TalkReply } from '../../core/contracts/talks';
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

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
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
  invite: () => call<NewInvite>('POST', '/api/space/invites', {}),
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
  talks: () => call<TalkList>('GET', '/api/talks'),
  inviteToTalk: (talk: NewTalk) => call<Talk>('POST', '/api/talks', talk),
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
  writeEntry: (input: JournalEntryInput) => call<JournalEntry>('POST', '/api/journal', input),
  changeEntry: (id: string, input: JournalEntryInput) =>
    call<JournalEntry>('PUT', `/api/journal/${encodeURIComponent(id)}`, input),
  deleteEntry: (id: string) => call<void>('DELETE', `/api/journal/${encodeURIComponent(id)}`),
  shareEntry: (id: string) => call<NoteList>('POST', `/api/journal/${encodeURIComponent(id)}/share`, {}),
  notes: () => call<NoteList>('GET', '/api/notes'),
  deleteNote: (id: string) => call<void>('DELETE', `/api/notes/${encodeURIComponent(id)}`),
  appreciations: () => call<Appreciations>('GET', '/api/appreciations'),
  sendAppreciation: (text: string) => call<Appreciation>('POST', '/api/appreciations', { text }),
  markAppreciationRead: (id: string) =>
    call<Appreciation>('POST', `/api/appreciations/${encodeURIComponent(id)}/read`, {}),
  deleteAppreciation: (id: string) => call<void>('DELETE', `/api/appreciations/${encodeURIComponent(id)}`),
  logGesture: (gesture: NewGesture) => call<Appreciations>('POST', '/api/gestures', gesture),
  wins: () => call<Wins>('GET', '/api/wins'),
  addWin: (text: string) => call<Win>('POST', '/api/wins', { text }),
  repairRoom: () => call<RepairRoom>('GET', '/api/repair'),
  repair: (id: string) => call<Repair>('GET', repairUrl(id)),
  draftRepair: (draft: RepairDraft) => call<Repair>('POST', '/api/repairs', draft),
  changeRepair: (id: string, draft: RepairDraft) => call<Repair>('PUT', repairUrl(id), draft),
  deleteRepair: (id: string) => call<void>('DELETE', repairUrl(id)),
  sendRepair: (id: string) => call<Repair>('POST', repairUrl(id, '/send'), {}),
  answerRepair: (id: string, answer: RepairAnswerInput) =>
    call<Repair>('POST', repairUrl(id, '/answer'), answer),
  startAfterFight: () => call<AfterFight>('POST', '/api/after-fights', {}),
  afterFight: (id: string) => call<AfterFight>('GET', afterFightUrl(id)),
  readyForAfterFight: (id: string) => call<AfterFight>('POST', afterFightUrl(id, '/join'), {}),
  stopAfterFight: (id: string) => call<AfterFight>('POST', afterFightUrl(id, '/stop'), {}),
  shareAfterFightStep: (id: string, step: AfterFightStep, entry: AfterFightEntryInput) =>
    call<AfterFight>('POST', afterFightUrl(id, `/steps/${step}`), entry),
  // A POST, so what someone looks for never appears in a URL.
  searchServices: (search: ServiceSearch) => call<ServiceList>('POST', '/api/services/search', search),
  operator: () => call<Operator>('GET', '/api/operator'),
  addService: (input: ServiceInput) => call<LocalService>('POST', '/api/services', input),
  changeService: (id: string, input: ServiceInput) =>
    call<LocalService>('PUT', `/api/services/${encodeURIComponent(id)}`, input),
  removeService: (id: string) => call<void>('DELETE', `/api/services/${encodeURIComponent(id)}`),
  agreements: () => call<Ledger>('GET', '/api/agreements'),
  proposeAgreement: (input: NewAgreement) => call<Agreement>('POST', '/api/agreements', input),
  changeAgreement: (id: string, change: AgreementChange) =>
    call<Agreement>('POST', agreementUrl(id, '/versions'), change),
  acceptAgreement: (id: string, basedOn: number) =>
    call<Agreement>('POST', agreementUrl(id, '/accept'), { basedOn }),
  discussAgreement: (id: string, basedOn: number) =>
    call<Agreement>('POST', agreementUrl(id, '/discuss'), { basedOn }),
  keepAgreement: (id: string, keep: AgreementKeep) =>
    call<Agreement>('POST', agreementUrl(id, '/keep'), keep),
  retireAgreement: (id: string, basedOn: number) =>
    call<Agreement>('POST', agreementUrl(id, '/retire'), { basedOn }),
  addNeed: (need: NewNeed) => call<Need>('POST', '/api/needs', need),
  changeNeed: (id: string, change: NeedChange) =>
    call<Need>('PATCH', `/api/needs/${encodeURIComponent(id)}`, change),
  deleteNeed: (id: string) => call<void>('DELETE', `/api/needs/${encodeURIComponent(id)}`),
};

function repairUrl(id: string, rest = ''): string {
  return `/api/repairs/${encodeURIComponent(id)}${rest}`;
}

function afterFightUrl(id: string, rest = ''): string {
  return `/api/after-fights/${encodeURIComponent(id)}${rest}`;
}

function agreementUrl(id: string, rest = ''): string {
  return `/api/agreements/${encodeURIComponent(id)}${rest}`;
}

function talkUrl(id: string, rest = ''): string {
  return `/api/talks/${encodeURIComponent(id)}${rest}`;
}

/** Only non-empty words are sent; in person nothing is. */
function words(text: string | undefined): { text?: string } {
  const trimmed = text?.trim();
  return trimmed ? { text: trimmed } : {};
}
