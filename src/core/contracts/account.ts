import { z } from 'zod';

import { NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../account-rules';

export { NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

/** The languages the app's words are available in. */
export const LOCALES = ['en'] as const;
export const LocaleSchema = z.enum(LOCALES);

export const EmailSchema = z.email().max(254);
export const PasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(NAME_MAX_LENGTH)
  .refine((name) => !/[\p{Cc}]/u.test(name), 'must not contain control characters');

/** An IANA time zone the runtime knows, such as Europe/Berlin. */
export const TimeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, 'must be a time zone such as Europe/Berlin or America/New_York');

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

export const SignUpSchema = z.strictObject({
  name: DisplayNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
  timeZone: TimeZoneSchema.optional(),
  locale: LocaleSchema.optional(),
});
export type SignUp = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const PasswordResetRequestSchema = z.strictObject({ email: EmailSchema });

export const PasswordResetSchema = z.strictObject({
  token: z.string().min(1).max(200),
  password: PasswordSchema,
});

export const ProfileChangeSchema = z.strictObject({
  name: DisplayNameSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  locale: LocaleSchema.optional(),
});
export type ProfileChange = z.infer<typeof ProfileChangeSchema>;

export const MeSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  timeZone: z.string(),
  locale: LocaleSchema,
});
export type Me = z.infer<typeof MeSchema>;

export const SessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastActiveAt: z.string(),
  expiresAt: z.string(),
  device: z.string(),
  isCurrent: z.boolean(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SessionIdParamsSchema = z.strictObject({ sessionId: z.string().min(1).max(100) });

/** Deleting one's account asks for the password again, so a borrowed phone cannot do it. */
export const AccountDeleteSchema = z.strictObject({
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type AccountDelete = z.infer<typeof AccountDeleteSchema>;
