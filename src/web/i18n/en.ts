import { account } from './en/account';
import { appreciations } from './en/appreciations';
import { coach } from './en/coach';
import { journal } from './en/journal';
import { notifications } from './en/notifications';
import { pulse } from './en/pulse';
import { rituals } from './en/rituals';
import { safety } from './en/safety';
import { space } from './en/space';
import { talks } from './en/talks';

/** Every word the web app shows, in English, one file per room. Other languages translate these keys. */
export const en = {
  ...account,
  ...space,
  ...notifications,
  ...talks,
  ...coach,
  ...pulse,
  ...journal,
  ...appreciations,
  ...rituals,
  ...safety,
};

export type Messages = typeof en;
