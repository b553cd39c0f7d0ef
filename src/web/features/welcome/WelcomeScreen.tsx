import { Disclaimer } from '../../components/Disclaimer';
import { Page } from '../../components/Page';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';

export function WelcomeScreen() {
  return (
    <Page title={t('welcome.title')}>
      <p className="lead">{t('welcome.lead')}</p>
      <p>{t('welcome.body')}</p>
      <ul className="points">
        <li>{t('welcome.pointPrivate')}</li>
        <li>{t('welcome.pointAlone')}</li>
        <li>{t('welcome.pointSmall')}</li>
      </ul>
      <div className="actions">
        <Link className="button primary" href="/sign-up">
          {t('welcome.signUp')}
        </Link>
        <Link className="button" href="/sign-in">
          {t('welcome.signIn')}
        </Link>
      </div>
      <p>
        <Link href="/safety">{t('safety.entry')}</Link>
      </p>
      <Disclaimer />
    </Page>
  );
}
