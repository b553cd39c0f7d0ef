import { expect, it } from 'vitest';
import { composeMail } from './email';

it('escapes a display name in the HTML part and keeps both parts and the unsubscribe headers', () => {
  const mail = composeMail({
    to: 'sam@example.org',
    words: { title: '<b>Kim</b> sent you an appreciation', body: 'Open Tend to read it.' },
    label: 'Appreciations',
    openUrl: 'https://tend.example.org/',
    unsubscribePage: 'https://tend.example.org/unsubscribe/abc.def',
    unsubscribeEndpoint: 'https://tend.example.org/api/unsubscribe/abc.def',
    settingsUrl: 'https://tend.example.org/settings/notifications',
  });
  expect(mail.html).not.toContain('<b>Kim</b>');
  expect(mail.html).toContain('&#60;b&#62;Kim&#60;/b&#62;');
  expect(mail.text).toContain('Stop these emails: https://tend.example.org/unsubscribe/abc.def');
  expect(mail.headers).toEqual({
    'List-Unsubscribe': '<https://tend.example.org/api/unsubscribe/abc.def>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  });
});
