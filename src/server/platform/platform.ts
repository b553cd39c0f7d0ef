import type { Auth } from './auth/auth';
import type { Throttle } from './auth/throttle';
import type { Clock } from './clock';
import type { Config } from './config/config';
import type { Database } from './db/database';
import type { Scheduler } from './jobs/scheduler';
import type { Mailer } from './mail/mailer';
import type { Live } from './realtime/live';

/** The plumbing every feature is built on, handed to each feature's routes and services. */
export interface Platform {
  config: Config;
  database: Database;
  clock: Clock;
  mailer: Mailer;
  live: Live;
  jobs: Scheduler;
  throttle: Throttle;
  auth: Auth;
}
