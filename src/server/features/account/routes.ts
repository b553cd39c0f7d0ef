import { z } from 'zod';
import {
  MeSchema,
  PasswordResetRequestSchema,
  PasswordResetSchema,
  ProfileChangeSchema,
  SessionIdParamsSchema,
  SessionSchema,
  SignInSchema,
  SignUpSchema,
} from '../../../core/contracts/account';
import { defineRoute, type Route } from '../../platform/http/route';
import { type AccountService, toMe } from './service';

const Empty = z.strictObject({});

export function accountRoutes(accounts: AccountService): Route[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/account/sign-up',
      summary: 'Create an account and sign in',
      access: 'public',
      body: SignUpSchema,
      response: MeSchema,
      status: 201,
      handler: ({ body, request, reply }) => accounts.signUp(body, request, reply),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/account/sign-in',
      summary: 'Sign in with email and password',
      access: 'public',
      body: SignInSchema,
      response: MeSchema,
      handler: ({ body, request, reply }) => accounts.signIn(body, request, reply),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/account/sign-out',
      summary: 'Sign out on this device',
      access: 'public',
      body: Empty,
      handler: ({ person, sessionId, request, reply }) => accounts.signOut(person, sessionId, request, reply),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/account/password-reset-request',
      summary: 'Email a one-time link to choose a new password (valid for an hour)',
      access: 'public',
      body: PasswordResetRequestSchema,
      status: 202,
      response: z.object({ message: z.string() }),
      handler: async ({ body, request }) => {
        await accounts.requestPasswordReset(body.email, request);
        return { message: 'If an account uses this email, a link to choose a new password is on its way.' };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/account/password-reset',
      summary: 'Choose a new password with the emailed link; signs out every device',
      access: 'public',
      body: PasswordResetSchema,
      handler: ({ body, request }) => accounts.resetPassword(body.token, body.password, request),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/me',
      summary: 'Your account and settings',
      access: 'person',
      response: MeSchema,
      handler: async ({ person }) => toMe(person),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/me',
      summary: 'Change your display name, time zone or language',
      access: 'person',
      body: ProfileChangeSchema,
      response: MeSchema,
      handler: ({ person, body }) => accounts.updateProfile(person, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/sessions',
      summary: 'The devices you are signed in on',
      access: 'person',
      response: z.array(SessionSchema),
      handler: ({ person, sessionId }) => accounts.listSessions(person, sessionId),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/sessions/:sessionId',
      summary: 'Sign out one of your devices',
      access: 'person',
      params: SessionIdParamsSchema,
      handler: ({ person, params }) => accounts.revokeSession(person, params.sessionId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/sessions/revoke-others',
      summary: 'Sign out every device but this one',
      access: 'person',
      body: Empty,
      response: z.object({ ended: z.number() }),
      handler: async ({ person, sessionId }) => ({
        ended: await accounts.revokeOtherSessions(person, sessionId ?? ''),
      }),
    }),
  ];
}
