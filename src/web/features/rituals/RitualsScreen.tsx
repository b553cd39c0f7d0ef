import { useState } from 'react';
import type { Ritual } from '../../../core/contracts/rituals';
import { RITUAL_LIBRARY } from '../../../core/rituals/library';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { formatDate, t } from '../../i18n/i18n';
import { Link } from '../../router';
import { CalendarFeed } from './CalendarFeed';
import { scheduleWords } from './rhythm';
import { useRituals } from './useRituals';

/** Rituals proposed to you, your own, the library to start from, and the calendar address. */
export default function RitualsScreen() {
  const { data, error, refresh } = useRituals();
  const [problem, setProblem] = useState<string | null>(null);
  if (!data) {
    return error ? (
      <Page title={t('rituals.title')} back="/">
        <FormError message={error} />
      </Page>
    ) : (
      <Loading />
    );
  }
  const partnerName = data.partner?.name ?? t('talk.partner');
  const proposed = data.rituals.filter(
    (r) => !r.proposer.isYou && !r.isTakingPart && r.partnerAnswer === 'waiting',
  );
  const mine = data.rituals.filter((r) => r.isTakingPart);

  async function act(move: () => Promise<unknown>) {
    setProblem(null);
    try {
      await move();
      refresh();
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }
  const answer = (id: string, choice: 'join' | 'decline') => act(() => api.answerRitual(id, choice));
  // After "not for now", the one who proposed may ask once more, whenever they feel like it.
  const askAgain = (id: string) => act(() => api.changeRitual(id, { isProposed: true }));

  return (
    <Page title={t('rituals.title')} back="/">
      <p>{t('rituals.lead')}</p>
      {proposed.length > 0 && (
        <section className="card" aria-labelledby="proposed">
          <h2 id="proposed">{t('rituals.proposedTitle')}</h2>
          {proposed.map((r) => (
            <article key={r.id} data-testid="ritual-proposed">
              <h3>{r.title}</h3>
              <p>{t('rituals.proposedBy', { name: r.proposer.name })}</p>
              {r.how && <p>{r.how}</p>}
              <p>{scheduleWords(r)}</p>
              <button type="button" className="primary" onClick={() => answer(r.id, 'join')}>
                {t('rituals.join')}
              </button>
              <button type="button" onClick={() => answer(r.id, 'decline')}>
                {t('rituals.decline')}
              </button>
            </article>
          ))}
        </section>
      )}
      <FormError message={problem} />
      <section aria-labelledby="yours">
        <h2 id="yours">{t('rituals.yoursTitle')}</h2>
        {mine.length === 0 ? <p>{t('rituals.none')}</p> : null}
        <ul className="plain-list">
          {mine.map((r) => (
            <li key={r.id}>
              <RitualLine ritual={r} partnerName={partnerName} onAskAgain={() => askAgain(r.id)} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="library">
        <h2 id="library">{t('rituals.libraryTitle')}</h2>
        <ul className="plain-list">
          {RITUAL_LIBRARY.map((r) => (
            <li key={r.id}>
              <Link href={`/rituals/new?from=${r.id}`} className="ritual-choice">
                {r.title} · {t('rituals.minutes', { minutes: r.minutes })}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/rituals/new" className="ritual-choice">
              {t('rituals.custom')}
            </Link>
          </li>
        </ul>
      </section>
      <CalendarFeed hasFeed={data.hasFeed} onChange={refresh} />
    </Page>
  );
}

interface LineProps {
  ritual: Ritual;
  partnerName: string;
  onAskAgain(): void;
}

function RitualLine({ ritual, partnerName, onAskAgain }: LineProps) {
  const who =
    ritual.partnerAnswer === 'joined'
      ? t('rituals.withPartner', { name: ritual.proposer.isYou ? partnerName : ritual.proposer.name })
      : ritual.partnerAnswer === 'waiting'
        ? t('rituals.waiting', { name: partnerName })
        : ritual.partnerAnswer === 'declined'
          ? t('rituals.declined', { name: partnerName })
          : t('rituals.justYou');
  return (
    <div className="card" data-testid="ritual-mine">
      <h3>
        <Link href={`/rituals/${ritual.id}`}>{ritual.title}</Link>
      </h3>
      <p>{who}</p>
      {ritual.partnerAnswer === 'declined' && ritual.proposer.isYou && (
        <button type="button" onClick={onAskAgain}>
          {t('rituals.askAgain', { name: partnerName })}
        </button>
      )}
      <p>
        {ritual.next ? t('rituals.next', { when: formatDate(ritual.next.startsAt) }) : t('rituals.noNext')}
      </p>
    </div>
  );
}
