import { Disclaimer } from '../../components/Disclaimer';
import { Page } from '../../components/Page';
import { t } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { useSafetyConcern } from '../safety/concern';
import { DirectorySearch } from './DirectorySearch';

/**
 * Support beyond Tend: when couples counselling can help and how to choose someone. When the
 * person has marked that they don't feel safe, counselling together is not suggested at all.
 */
export default function SupportScreen() {
  const concern = useSafetyConcern();
  return (
    <Page title={t('support.title')} back="/" isDiscreet>
      <p className="lead">{t('support.lead')}</p>
      <p>{t('support.private')}</p>
      <section className="card" aria-labelledby="support-danger">
        <h2 id="support-danger">{t('support.dangerTitle')}</h2>
        <p>{t('support.danger')}</p>
        <Link
          className="button primary"
          href="/safety"
          onClick={(event) => {
            event.preventDefault();
            navigate('/safety', { replace: true });
          }}
        >
          {t('support.toSafety')}
        </Link>
      </section>
      {concern ? (
        <section className="card" aria-labelledby="support-alone">
          <h2 id="support-alone">{t('support.markedTitle')}</h2>
          <p>{t('support.marked')}</p>
        </section>
      ) : (
        <>
          <section className="card" aria-labelledby="support-when">
            <h2 id="support-when">{t('support.whenTitle')}</h2>
            <ul className="points">
              <li>{t('support.when1')}</li>
              <li>{t('support.when2')}</li>
              <li>{t('support.when3')}</li>
              <li>{t('support.when4')}</li>
            </ul>
          </section>
          <section className="card" aria-labelledby="support-choose">
            <h2 id="support-choose">{t('support.chooseTitle')}</h2>
            <ul className="points">
              <li>{t('support.choose1')}</li>
              <li>{t('support.choose2')}</li>
              <li>{t('support.choose3')}</li>
              <li>{t('support.choose4')}</li>
            </ul>
            <p>{t('support.directories')}</p>
          </section>
        </>
      )}
      <DirectorySearch hasConcern={concern} />
      <section className="card" aria-labelledby="support-abuse">
        <h2 id="support-abuse">{t('support.abuseTitle')}</h2>
        <p>{t('support.abuse')}</p>
      </section>
      <p>{t('support.notTherapy')}</p>
      <Disclaimer />
    </Page>
  );
}
