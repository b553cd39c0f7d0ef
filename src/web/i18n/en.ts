import { account } from './en/account';
import { agreements } from './en/agreements';
import { appreciations } from './en/appreciations';
import { coach } from './en/coach';
import { commitments } from './en/commitments';
import { dataRights } from './en/data-rights';
import { insights } from './en/insights';
import { journal } from './en/journal';
import { meetings } from './en/meetings';
import { notifications } from './en/notifications';
import { problems } from './en/problems';
import { pulse } from './en/pulse';
import { repair } from './en/repair';
import { rituals } from './en/rituals';
import { safety } from './en/safety';
import { services } from './en/services';
import { space } from './en/space';
import { talks } from './en/talks';

/** Every word the web app shows, in English, one file per room. Other languages translate these keys. */
export const en = {
  ...account,
  ...dataRights,
  ...space,
  ...notifications,
  ...talks,
  ...coach,
  ...pulse,
  ...journal,
  ...appreciations,
  ...repair,
  ...agreements,
  ...commitments,
  ...rituals,
  ...meetings,
  ...insights,
  ...problems,
  ...safety,
  ...services,
};

export type Messages = typeof en;
