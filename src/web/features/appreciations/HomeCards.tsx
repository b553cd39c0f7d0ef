import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useAppreciations, useWins } from './useAppreciations';
import { winWords } from './winWords';

/** Home's appreciations card: unread notes from the partner, and the way to send one. */
export function AppreciationsCard() {
  const { data } = useAppreciations();
  const unread = data?.received.filter((note) => !note.readAt) ?? [];
  return (
    <section className="card" aria-labelledby="appreciations-card">
      <h2 id="appreciations-card">{t('appreciations.homeTitle')}</h2>
      {unread.length > 0 ? (
        unread.map((note) => (
          <p key={note.id} data-testid="appreciation-unread">
            {t('appreciations.homeUnread', { name: note.from.name })}
          </p>
        ))
      ) : (
        <p>{t('appreciations.homeNone')}</p>
      )}
      <Link className={unread.length > 0 ? 'button primary' : 'button'} href="/appreciations">
        {t('appreciations.open')}
      </Link>
    </section>
  );
}

/** Home's latest win, when there is one. */
export function LatestWinCard() {
  const { data } = useWins();
  const latest = data?.wins[0];
  return (
    <section className="card" aria-labelledby="win-card">
      <h2 id="win-card">{t('wins.homeTitle')}</h2>
      <p data-testid="latest-win">{latest ? winWords(latest) : t('wins.none')}</p>
      <Link className="button" href="/wins">
        {t('wins.open')}
      </Link>
    </section>
  );
}
