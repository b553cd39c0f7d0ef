import { useState } from 'react';
import type { AfterFight, Repair, RepairRoom } from '../../../core/contracts/repair';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { useSafetyConcern } from '../safety/concern';
import { PlanAgreement } from './PlanAgreement';
import { statusWords } from './statusWords';
import { useRepairRoom } from './useRepair';

/** The repair room: write a repair, read the ones between you, and look back together after a fight. */
export default function RepairScreen() {
  const { data, error } = useRepairRoom();
  return (
    <Page title={t('repair.title')} back="/">
      <p>{t('repair.lead')}</p>
      {!data ? (
        <p>{error ?? t('repair.loading')}</p>
      ) : (
        <>
          <Link className="button primary" href="/repair/new">
            {t('repair.write')}
          </Link>
          <Received repairs={data.received} partnerName={data.partner?.name ?? ''} />
          <Drafts repairs={data.drafts} />
          <Sent repairs={data.sent} />
          <AfterFights room={data} />
        </>
      )}
    </Page>
  );
}

function Received({ repairs, partnerName }: { repairs: Repair[]; partnerName: string }) {
  if (!partnerName) return null;
  return (
    <section className="card" aria-labelledby="repair-received">
      <h2 id="repair-received">{t('repair.received', { name: partnerName })}</h2>
      {repairs.length === 0 && <p>{t('repair.noneReceived')}</p>}
      <ul className="plain-list">
        {repairs.map((repair) => (
          <li key={repair.id} data-testid="repair-received">
            <p className="note-text">{repair.apology}</p>
            <p className="hint">{statusWords(repair)}</p>
            <Link href={`/repair/${repair.id}`}>{t('repair.read')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Drafts({ repairs }: { repairs: Repair[] }) {
  return (
    <section className="card" aria-labelledby="repair-drafts">
      <h2 id="repair-drafts">{t('repair.drafts')}</h2>
      <p className="hint">{t('repair.draftsHint')}</p>
      {repairs.length === 0 && <p>{t('repair.noDrafts')}</p>}
      <ul className="plain-list">
        {repairs.map((repair) => (
          <li key={repair.id} data-testid="repair-draft">
            <p className="note-text">{repair.apology || repair.understanding || repair.plan}</p>
            <Link href={`/repair/${repair.id}/edit`}>{t('repair.editDraft')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Sent({ repairs }: { repairs: Repair[] }) {
  return (
    <section className="card" aria-labelledby="repair-sent">
      <h2 id="repair-sent">{t('repair.sent')}</h2>
      {repairs.length === 0 && <p>{t('repair.noneSent')}</p>}
      <ul className="plain-list">
        {repairs.map((repair) => (
          <li key={repair.id} data-testid="repair-sent">
            <p className="note-text">{repair.apology}</p>
            <p className="hint">{statusWords(repair)}</p>
            <Link href={`/repair/${repair.id}`}>{t('repair.read')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AfterFights({ room }: { room: RepairRoom }) {
  const [problem, setProblem] = useState<string | null>(null);
  const concern = useSafetyConcern();
  const open = room.afterFights.find((f) => f.phase !== 'done' && f.phase !== 'stopped');
  const finished = room.afterFights.filter((f) => f.phase === 'done');
  async function start() {
    setProblem(null);
    try {
      const started = await api.startAfterFight();
      navigate(`/after-fight/${started.id}`);
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }
  return (
    <section className="card" aria-labelledby="after-fight">
      <h2 id="after-fight">{t('afterFight.home')}</h2>
      <p>{t('afterFight.lead')}</p>
      {concern ? (
        // A marked safety concern stops Tend from suggesting anything done together.
        <>
          <p data-testid="talks-resting">{t('safety.paused')}</p>
          <Link href="/safety">{t('safety.pausedHelp')}</Link>
        </>
      ) : !room.partner ? (
        <p>{t('afterFight.needsPartner')}</p>
      ) : open ? (
        <>
          {open.phase === 'waiting' && !open.starter.isYou && (
            <p data-testid="after-fight-invite">{t('afterFight.waitingYou', { name: open.starter.name })}</p>
          )}
          <Link className="button primary" href={`/after-fight/${open.id}`}>
            {t('afterFight.continue')}
          </Link>
        </>
      ) : (
        <button type="button" onClick={start}>
          {t('afterFight.start', { name: room.partner.name })}
        </button>
      )}
      <FormError message={problem} />
      {finished.length > 0 && <PastPlans fights={finished} />}
    </section>
  );
}

function PastPlans({ fights }: { fights: AfterFight[] }) {
  return (
    <>
      <h3>{t('afterFight.past')}</h3>
      <ul className="plain-list">
        {fights.flatMap((fight) =>
          fight.entries
            .filter((e) => e.step === 'plan')
            .map((plan) => (
              <li key={`${fight.id}-${plan.by.id}`} data-testid="after-fight-plan">
                <p className="note-text">{plan.text}</p>
                <p className="hint">
                  {plan.by.isYou ? t('gestures.byYou') : plan.by.name || t('common.formerPartner')} ·{' '}
                  {new Date(fight.createdAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
                </p>
                <PlanAgreement
                  afterFightId={fight.id}
                  plan={plan}
                  partnerName={fight.starter.isYou ? fight.partner.name : fight.starter.name}
                />
              </li>
            )),
        )}
      </ul>
    </>
  );
}
