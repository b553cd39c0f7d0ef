import { agreementsExport } from '../../agreements/export';
import { appreciationsExport } from '../../appreciations/export';
import { commitmentsExport } from '../../commitments/export';
import { insightsExport } from '../../insights/export';
import { journalExport } from '../../journal/export';
import { meetingsExport } from '../../meetings/export';
import { notificationsExport } from '../../notifications/export';
import { pauseExport } from '../../pause/export';
import { problemsExport } from '../../problems/export';
import { pulseExport } from '../../pulse/export';
import { repairExport } from '../../repair/export';
import { ritualsExport } from '../../rituals/export';
import { servicesExport } from '../../services/export';
import { spaceExport } from '../../space/export';
import { talksExport } from '../../talks/export';
import { accountExport } from '../export';
import type { ExportPiece } from './piece';

/** Every room's part of a person's export. A new room with rows about people adds its piece here. */
export const EXPORT_PIECES: readonly ExportPiece[] = [
  accountExport,
  spaceExport,
  pulseExport,
  talksExport,
  journalExport,
  appreciationsExport,
  pauseExport,
  agreementsExport,
  repairExport,
  commitmentsExport,
  notificationsExport,
  servicesExport,
  ritualsExport,
  problemsExport,
  meetingsExport,
  insightsExport,
];
