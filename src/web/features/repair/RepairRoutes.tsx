import { Page } from '../../components/Page';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import AfterFightScreen from './AfterFightScreen';
import RepairScreen from './RepairScreen';
import RepairViewScreen from './RepairViewScreen';
import ScriptScreen from './ScriptScreen';

const ID = '([0-9a-f-]{36})';

/** The repair room's screens by path, loaded together in one chunk with the coach they use. */
export default function RepairRoutes({ path }: { path: string }) {
  if (path === '/repair') return <RepairScreen />;
  if (path === '/repair/new') return <ScriptScreen repairId={null} />;
  const edit = path.match(new RegExp(`^/repair/${ID}/edit$`));
  if (edit?.[1]) return <ScriptScreen key={edit[1]} repairId={edit[1]} />;
  const view = path.match(new RegExp(`^/repair/${ID}$`));
  if (view?.[1]) return <RepairViewScreen repairId={view[1]} />;
  const fight = path.match(new RegExp(`^/after-fight/${ID}$`));
  if (fight?.[1]) return <AfterFightScreen afterFightId={fight[1]} />;
  return (
    <Page title={t('common.notFoundTitle')}>
      <p>{t('common.notFound')}</p>
      <Link href="/repair">{t('repair.title')}</Link>
    </Page>
  );
}
