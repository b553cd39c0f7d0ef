import { type FormEvent, useState } from 'react';
import type { Talk } from '../../../core/contracts/talks';
import { formatOf, GROUND_RULES } from '../../../core/talks/formats';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDate, t } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { useHome } from '../home/useHome';
import { PauseControl } from '../pause/PauseControl';
import { TalkEnded } from './TalkEnded';
import { TalkTurn } from './TalkTurn';
import { useTalk } from './useTalk';

export type Act = (action: () => Promise<Talk>) => Promise<boolean>;

/** One talk, live on both phones: the screen shows whatever step the server says the talk is at. */
export default function TalkScreen({ talkId }: { talkId: string }) {
  const { me } = useSession();
  const { home } = useHome();
  const { talk, receivedAt, error, act } = useTalk(talkId);
  if (!talk && error) {
    return (
      <Page title={t('talks.title')} back="/talks">
        <FormError message={error} />
        <Link href="/talks">{t('talks.title')}</Link>
      </Page>
    );
  }
  if (!talk || !me) return <Loading />;
  const partnerId = talk.inviterId === me.id ? talk.inviteeId : talk.inviterId;
  const partnerName = home?.space?.members.find((m) => m.id === partnerId)?.name ?? t('talk.partner');
  const nameOf = (id: string) => (id === me.id ? t('talk.you') : partnerName);
  const format = formatOf(talk.formatId);
  const isOpen = talk.phase !== 'ended' && talk.phase !== 'declined';

  return (
    <Page title={t('talk.title', { topic: talk.topic })} back="/talks">
      {isOpen && <PauseControl />}
      <p className="hint">{t('talk.format', { format: format.name })}</p>
      {talk.phase === 'invited' && (
        <Invitation talk={talk} meId={me.id} partnerName={partnerName} act={act} />
      )}
      {talk.phase === 'rules' && <Rules talk={talk} meId={me.id} partnerName={partnerName} act={act} />}
      {(talk.phase === 'turn' || talk.phase === 'reflect' || talk.phase === 'confirm') && (
        <TalkTurn talk={talk} meId={me.id} partnerName={partnerName} receivedAt={receivedAt} act={act} />
      )}
      {talk.phase === 'declined' && <p>{t('talk.declined')}</p>}
      {talk.phase === 'ended' && <TalkEnded talk={talk} meId={me.id} nameOf={nameOf} act={act} />}
      <FormError message={error} />
      {isOpen && talk.phase !== 'invited' && (
        <div className="actions">
          <button type="button" className="quiet" onClick={() => act(() => api.finishTalk(talk.id))}>
            {t('talk.end')}
          </button>
        </div>
      )}
    </Page>
  );
}

interface StepProps {
  talk: Talk;
  meId: string;
  partnerName: string;
  act: Act;
}

function Invitation({ talk, meId, partnerName, act }: StepProps) {
  const [proposing, setProposing] = useState(false);
  const when = talk.startsAt ? t('talk.whenAt', { date: formatDate(talk.startsAt) }) : t('talk.whenNow');
  if (talk.proposedBy === meId) {
    return (
      <>
        <p className="lead">{t('talk.youInvited', { name: partnerName })}</p>
        <p>{when}</p>
        <div className="actions">
          <button type="button" className="quiet" onClick={() => act(() => api.finishTalk(talk.id))}>
            {t('talk.withdraw')}
          </button>
        </div>
      </>
    );
  }

  async function propose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = String(new FormData(event.currentTarget).get('startsAt') ?? '');
    if (!local) return;
    const startsAt = new Date(local).toISOString();
    if (await act(() => api.replyToTalk(talk.id, { answer: 'propose', startsAt }))) setProposing(false);
  }

  return (
    <>
      <p className="lead">{t('talk.invitedYou', { name: partnerName })}</p>
      <p>{when}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => act(() => api.replyToTalk(talk.id, { answer: 'accept' }))}
        >
          {t('talk.accept')}
        </button>
        <button type="button" onClick={() => setProposing(true)}>
          {t('talk.otherTime')}
        </button>
        <button
          type="button"
          className="quiet"
          onClick={() => act(() => api.replyToTalk(talk.id, { answer: 'decline' }))}
        >
          {t('talk.decline')}
        </button>
      </div>
      {proposing && (
        <form onSubmit={propose}>
          <Field label={t('newTalk.startsAt')} name="startsAt" type="datetime-local" required />
          <button type="submit">{t('talk.sendTime')}</button>
        </form>
      )}
    </>
  );
}

function Rules({ talk, meId, partnerName, act }: StepProps) {
  const agreed = talk.rulesAcceptedBy.includes(meId);
  const partnerAgreed = talk.rulesAcceptedBy.some((id) => id !== meId);
  return (
    <section aria-labelledby="rules">
      <h2 id="rules">{t('talk.rulesTitle')}</h2>
      {talk.startsAt && <p>{t('talk.agreedFor', { date: formatDate(talk.startsAt) })}</p>}
      <p>{t('talk.rulesLead')}</p>
      <ul className="points">
        {GROUND_RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      {partnerAgreed && !agreed && <p>{t('talk.partnerAgreed', { name: partnerName })}</p>}
      {agreed ? (
        <p role="status">{t('talk.waitingRules', { name: partnerName })}</p>
      ) : (
        <button type="button" className="primary" onClick={() => act(() => api.acceptRules(talk.id))}>
          {t('talk.agree')}
        </button>
      )}
    </section>
  );
}
