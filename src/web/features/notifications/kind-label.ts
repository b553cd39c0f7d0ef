import type { NotificationKind } from '../../../core/notification-kinds';
import { t } from '../../i18n/i18n';

/** A kind's name in the person's language, for settings and the unsubscribe page. */
export const kindLabel = (kind: NotificationKind) => t(`notificationPrefs.kind.${kind}`);
