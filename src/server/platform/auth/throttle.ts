import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { AppError } from '../http/errors';
import { countAttempt } from './store';

export interface ThrottleRule {
  /** What is being limited, e.g. "sign-in". */
  action: string;
  limit: number;
  windowMs: number;
}

/** Limits attempts per key (an account, an address) across every app instance, in the database. */
export class Throttle {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt for each key; throws 429 once any of them is over its limit. */
  async attempt(rule: ThrottleRule, keys: string[]): Promise<void> {
    const now = this.clock.now();
    for (const key of keys) {
      // Keys are hashed so the table holds no email addresses.
      const hashed = `${rule.action}:${createHash('sha256').update(key).digest('base64url')}`;
      const { attempts, windowEndsAt } = await countAttempt(this.db, hashed, now, rule.windowMs);
      if (attempts > rule.limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((windowEndsAt.getTime() - now.getTime()) / 1000));
        const minutes = Math.ceil(retryAfterSeconds / 60);
        throw new AppError(
          'TOO_MANY_ATTEMPTS',
          429,
          `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
          undefined,
          { retryAfterSeconds },
        );
      }
    }
  }
}

const MINUTE = 60_000;
export const throttleRules = {
  signInPerAccount: { action: 'sign-in-account', limit: 10, windowMs: 15 * MINUTE },
  signInPerAddress: { action: 'sign-in-address', limit: 50, windowMs: 15 * MINUTE },
  resetPerAccount: { action: 'reset-account', limit: 3, windowMs: 60 * MINUTE },
  resetPerAddress: { action: 'reset-address', limit: 20, windowMs: 60 * MINUTE },
  signUpPerAddress: { action: 'sign-up-address', limit: 20, windowMs: 60 * MINUTE },
  joinPerPerson: { action: 'join-person', limit: 10, windowMs: 60 * MINUTE },
  joinPerAddress: { action: 'join-address', limit: 30, windowMs: 60 * MINUTE },
  deletePerPerson: { action: 'delete-person', limit: 5, windowMs: 60 * MINUTE },
} satisfies Record<string, ThrottleRule>;
