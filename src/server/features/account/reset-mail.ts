import type { FastifyBaseLogger } from 'fastify';
import type { Mailer } from '../../platform/mail/mailer';

/**
 * Sends the one-time link to choose a new password. Without an SMTP server the link is also logged
 * (`log` given), so the operator of an instance without email can still help someone back in.
 */
export async function sendResetLink(
  mailer: Mailer,
  log: FastifyBaseLogger | null,
  publicUrl: URL,
  to: { email: string; name: string },
  token: string,
): Promise<void> {
  const link = new URL(`/reset-password?token=${encodeURIComponent(token)}`, publicUrl).toString();
  const text = [
    `Hi ${to.name},`,
    '',
    'Someone (hopefully you) asked to choose a new password for Tend. Open this link within an hour:',
    '',
    link,
    '',
    'If it wasn’t you, you can ignore this email: your password stays the same.',
  ].join('\n');
  const html = `<p>Hi ${escapeHtml(to.name)},</p>
<p>Someone (hopefully you) asked to choose a new password for Tend. Open this link within an hour:</p>
<p><a href="${escapeHtml(link)}">Choose a new password</a></p>
<p>If it wasn’t you, you can ignore this email: your password stays the same.</p>`;
  await mailer.send({ to: to.email, subject: 'Choose a new password for Tend', text, html });
  log?.info({ link }, 'password reset link (also written to the outbox)');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
