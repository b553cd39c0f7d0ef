import { downloads } from '../../api/client';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';

/** Taking one's things away, and the way to delete the account. */
export function DataRightsSection() {
  return (
    <section aria-labelledby="data-rights">
      <h2 id="data-rights">{t('dataRights.title')}</h2>
      <p>{t('dataRights.lead')}</p>
      <p className="hint" id="export-json-hint">
        {t('dataRights.jsonHint')}
      </p>
      <p className="hint" id="export-calendar-hint">
        {t('dataRights.calendarHint')}
      </p>
      <div className="actions">
        <a className="button" href={downloads.everything} download aria-describedby="export-json-hint">
          {t('dataRights.json')}
        </a>
        <a className="button" href={downloads.calendar} download aria-describedby="export-calendar-hint">
          {t('dataRights.calendar')}
        </a>
        <Link className="button quiet" href="/settings/delete">
          {t('dataRights.delete')}
        </Link>
      </div>
    </section>
  );
}
