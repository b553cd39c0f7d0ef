import { AccountDeleteSchema } from '../../../core/contracts/account';
import { defineRoute, type Route } from '../../platform/http/route';
import type { AccountDeletion } from './deletion';
import type { ExportService } from './export/service';

/** Taking one's things away, and leaving for good. */
export function dataRightsRoutes(exports: ExportService, deletion: AccountDeletion): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/account/export',
      summary: 'Download everything that is yours, as one JSON file',
      access: 'person',
      handler: async ({ person, reply }) => {
        const { day, file } = await exports.everything(person);
        reply
          .header('content-disposition', `attachment; filename="tend-export-${day}.json"`)
          .header('cache-control', 'no-store');
        return file;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/account/export.ics',
      summary: 'Download your scheduled talks and rituals as a calendar file (.ics)',
      access: 'person',
      handler: async ({ person, reply }) => {
        const { day, ics } = await exports.calendar(person);
        reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="tend-calendar-${day}.ics"`)
          .header('cache-control', 'no-store');
        return ics;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/account/delete',
      summary:
        'Delete your account for good (asks for your password); your partner keeps what you shared with them',
      access: 'person',
      body: AccountDeleteSchema,
      handler: ({ person, body, request, reply }) =>
        deletion.deleteAccount(person, body.password, request, reply),
    }),
  ];
}
