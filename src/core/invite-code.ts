/** Invite codes avoid letters and digits that are easy to confuse (0/O, 1/I/L). */
export const INVITE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;
export const INVITE_LIFETIME_DAYS = 7;
export const SPACE_CAPACITY = 2;

/** Accepts a code as people type it: any case, with or without the dash and spaces. */
export function normaliseInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Shows a code in two easy-to-read halves, e.g. K7MQ-2XPD. */
export function formatInviteCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
