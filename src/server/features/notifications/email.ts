import type { Mail } from '../../platform/mail/mailer';
import type { Words } from './kinds';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface NotificationMail {
  to: string;
  words: Words;
  /** The kind's label, for the line that says why this email came. */
  label: string;
  openUrl: string;
  /** The page that turns this kind of email off with one click, no sign-in. */
  unsubscribePage: string;
  /** Where mail programs post the one-click unsubscribe (RFC 8058). */
  unsubscribeEndpoint: string;
  settingsUrl: string;
}

/** A notification as an email with plain-text and HTML parts and one-click unsubscribe headers. */
export function composeMail(mail: NotificationMail): Mail {
  const { words } = mail;
  const why = `You get this email because “${mail.label}” emails are on.`;
  const text = [
    words.title,
    '',
    words.body,
    '',
    `Open Tend: ${mail.openUrl}`,
    '',
    '--',
    why,
    `Stop these emails: ${mail.unsubscribePage}`,
    `Choose what Tend sends you: ${mail.settingsUrl}`,
    '',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(words.title)}</title></head>
<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#2b2420;background:#fbf7f2;padding:24px">
<h1 style="font-size:20px;font-weight:600">${escapeHtml(words.title)}</h1>
${words.body
  .split('\n\n')
  .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
  .join('\n')}
<p><a href="${escapeHtml(mail.openUrl)}" style="color:#8a3b12">Open Tend</a></p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:14px;color:#5c524b">${escapeHtml(why)}
<a href="${escapeHtml(mail.unsubscribePage)}" style="color:#5c524b">Stop these emails</a> ·
<a href="${escapeHtml(mail.settingsUrl)}" style="color:#5c524b">Choose what Tend sends you</a></p>
</body></html>
`;
  return {
    to: mail.to,
    subject: words.title,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${mail.unsubscribeEndpoint}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
