import { z } from 'zod';

export {
  formatInviteCode,
  INVITE_CODE_ALPHABET,
  INVITE_CODE_LENGTH,
  INVITE_LIFETIME_DAYS,
  normaliseInviteCode,
  SPACE_CAPACITY,
} from '../invite-code';

export const MemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  isYou: z.boolean(),
  joinedAt: z.string(),
});

export const PendingInviteSchema = z.object({ id: z.string(), createdAt: z.string(), expiresAt: z.string() });

export const SpaceSchema = z.object({
  id: z.string(),
  members: z.array(MemberSchema),
  pendingInvite: PendingInviteSchema.nullable(),
});
export type Space = z.infer<typeof SpaceSchema>;

/** A fresh invitation: the link and code are shown once, then only their hashes are kept. */
export const NewInviteSchema = z.object({
  id: z.string(),
  link: z.string(),
  code: z.string(),
  expiresAt: z.string(),
});
export type NewInvite = z.infer<typeof NewInviteSchema>;

export const InviteTokenParamsSchema = z.strictObject({ token: z.string().min(16).max(100) });
export const InviteIdParamsSchema = z.strictObject({ inviteId: z.uuid() });

/** What someone holding an invite link sees before joining. */
export const InvitePreviewSchema = z.object({ inviterName: z.string(), expiresAt: z.string() });
export type InvitePreview = z.infer<typeof InvitePreviewSchema>;

export const JoinSchema = z.union([
  z.strictObject({ token: z.string().min(16).max(100) }),
  z.strictObject({ code: z.string().min(1).max(20) }),
]);
export type Join = z.infer<typeof JoinSchema>;

/** The home screen in one request: who you are and who shares your space. */
export const HomeSchema = z.object({
  me: z.object({ id: z.string(), name: z.string() }),
  space: SpaceSchema.nullable(),
});
export type Home = z.infer<typeof HomeSchema>;
