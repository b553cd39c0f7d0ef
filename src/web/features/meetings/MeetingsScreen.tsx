import { MEETING_TOPICS } from '../../../core/meetings/rules';
import { Page } from '../../components/Page';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';

/** The two meetings, each with its own goals, agenda and rhythm. */
export default function MeetingsScreen() {
  return (
    <Page title={t('meetings.title')} back="/">
      <p>{t('meetings.lead')}</p>
      {MEETING_TOPICS.map((topic) => (
        <section key={topic} className="card" aria-labelledby={`topic-${topic}`}>
          <h2 id={`topic-${topic}`}>{t(`meetings.topic.${topic}`)}</h2>
          <p>{t(`meetings.topicLead.${topic}`)}</p>
          <Link className="button" href={`/meetings/${topic}`}>
            {t('meetings.open')}
            <span className="visually-hidden"> {t(`meetings.topic.${topic}`)}</span>
          </Link>
        </section>
      ))}
    </Page>
  );
}
