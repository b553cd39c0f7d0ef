import { ApiError, OfflineError } from './api/client';
import { t } from './i18n/i18n';

/** What went wrong, in words for the person: the server's own message, or why it could not be reached. */
export function problemOf(error: unknown): { message: string; fields: Record<string, string> } {
  if (error instanceof ApiError) return { message: error.message || t('common.error'), fields: error.fields };
  if (error instanceof OfflineError) return { message: t('common.offlineAction'), fields: {} };
  return { message: t('common.error'), fields: {} };
}
