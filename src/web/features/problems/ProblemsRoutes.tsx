import { Page } from '../../components/Page';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import ProblemScreen from './ProblemScreen';
import ProblemsScreen from './ProblemsScreen';

/** The problems room's screens by path, loaded together in one chunk. */
export default function ProblemsRoutes({ path }: { path: string }) {
  if (path === '/problems') return <ProblemsScreen />;
  const one = path.match(/^\/problems\/([0-9a-f-]{36})$/);
  if (one?.[1]) return <ProblemScreen key={one[1]} problemId={one[1]} />;
  return (
    <Page title={t('common.notFoundTitle')}>
      <p>{t('common.notFound')}</p>
      <Link href="/problems">{t('problems.back')}</Link>
    </Page>
  );
}
