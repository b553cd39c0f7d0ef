/**
 * A repair script: a short apology, a statement of understanding, a plan to change. It is a draft,
 * private to its author, until sent; then the partner accepts it, replies, or asks for time.
 */

export const REPAIR_PARTS = ['apology', 'understanding', 'plan'] as const;
export type RepairPart = (typeof REPAIR_PARTS)[number];
export const REPAIR_PART_MAX_LENGTH = 1000;
export const REPAIR_REPLY_MAX_LENGTH = 1000;

export const REPAIR_STATUSES = ['draft', 'sent', 'replied', 'time', 'accepted'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];

export const REPAIR_ANSWERS = ['accept', 'reply', 'time'] as const;
export type RepairAnswer = (typeof REPAIR_ANSWERS)[number];

export type RepairMove = { ok: true; status: RepairStatus } | { ok: false; reason: string };

/** Where an answer takes a sent repair. Accepting is the end; replying or asking for time keeps it open. */
export function answerRepair(status: RepairStatus, answer: RepairAnswer): RepairMove {
  if (status === 'draft') return { ok: false, reason: 'This repair has not been sent yet.' };
  if (status === 'accepted') return { ok: false, reason: 'You have already accepted this repair.' };
  if (answer === 'accept') return { ok: true, status: 'accepted' };
  if (answer === 'reply') return { ok: true, status: 'replied' };
  return { ok: true, status: 'time' };
}

/** A draft can be sent once it holds an apology; understanding and a plan are invited, not required. */
export function canSend(status: RepairStatus, apology: string): RepairMove {
  if (status !== 'draft') return { ok: false, reason: 'This repair was already sent.' };
  if (!apology.trim()) return { ok: false, reason: 'Write your apology before you send it.' };
  return { ok: true, status: 'sent' };
}
