import type { LiveEvent } from './contracts/live';

export type { LiveEvent };

/** WebSocket close codes the client acts on. Kept apart from the schemas so the web bundle stays small. */
export const LiveClose = {
  signedOut: 4401,
  foreignOrigin: 4403,
} as const;
