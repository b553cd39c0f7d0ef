import { useState } from 'react';
import type { AfterFight } from '../../../core/contracts/repair';
import { AFTER_FIGHT_STEPS, type AfterFightStep, isStep } from '../../../core/repair/after-fight';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { type MessageKey, t } from '../../i18n/i18n';
import { Link } from '../../router';
import { PlanAgreement } from './PlanAgreement';
import { StepForm } from './StepForm';
import { useAfterFight } from './useRepair';

export const stepTitle = (step: AfterFightStep) => t(`afterFight.step.${step}`);

/** The conversation after a fight, one step on the screen at a time, the same on both phones. */
export default function AfterFightScreen({ afterFightId }: { afterFightId: string }) {
  const { data: fight, error, refresh } = useAfterFight(afterFightId);
  const [problem, setProblem] = useState<string | null>(null);
  const act = (call: () => Promise<unknown>) => {
    setProblem(null);
    call().then(refresh, (caught: unknown) => setProblem(problemOf(caught).message));
  };
  if (!fight) {
    return (
      <Page title={t('afterFight.title')} back="/repair">
        <p>{error ?? t('afterFight.loading')}</p>
      </Page>
    );
  }
  const other = fight.starter.isYou ? fight.partner : fight.starter;
  const isOpen = fight.phase !== 'done' && fight.phase !== 'stopped';

  return (
    <Page title={t('afterFight.title')} back="/repair">
      <Current
        fight={fight}
        otherName={other.name}
        onReady={() => act(() => api.readyForAfterFight(fight.id))}
      />
      {isStep(fight.phase) &&
        fight.turnOf.includes(fight.starter.isYou ? fight.starter.id : fight.partner.id) && (
          <StepForm
            key={fight.phase}
            fight={fight}
            step={fight.phase}
            otherName={other.name}
            onShared={refresh}
          />
        )}
      <FormError message={problem} />
      <Shared fight={fight} />
      {isOpen && (
        <button type="button" onClick={() => act(() => api.stopAfterFight(fight.id))}>
          {t('afterFight.stop')}
        </button>
      )}
      {!isOpen && (
        <Link className="button" href="/repair">
          {t('repair.title')}
        </Link>
      )}
    </Page>
  );
}

function Current({ fight, otherName, onReady }: { fight: AfterFight; otherName: string; onReady(): void }) {
  if (fight.phase === 'waiting') {
    if (fight.starter.isYou)
      return <p data-testid="after-fight-status">{t('afterFight.waiting', { name: otherName })}</p>;
    return (
      <section className="card">
        <p>{t('afterFight.askReady', { name: otherName })}</p>
        <button type="button" className="primary" onClick={onReady}>
          {t('afterFight.ready')}
        </button>
      </section>
    );
  }
  if (fight.phase === 'done') return <p data-testid="after-fight-status">{t('afterFight.done')}</p>;
  if (fight.phase === 'stopped') return <p data-testid="after-fight-status">{t('afterFight.stopped')}</p>;
  const me = fight.starter.isYou ? fight.starter.id : fight.partner.id;
  const isMyTurn = fight.turnOf.includes(me);
  return (
    <>
      <p className="hint">{t('afterFight.stepOf', { number: AFTER_FIGHT_STEPS.indexOf(fight.phase) + 1 })}</p>
      <h2>{stepTitle(fight.phase)}</h2>
      {!isMyTurn && (
        <p data-testid="after-fight-status">
          {fight.isDoneByYou
            ? t('afterFight.waitPartner', { name: otherName })
            : t('afterFight.waitTurn', { name: otherName })}
        </p>
      )}
    </>
  );
}

/** What each has shared so far, step by step; the plans last, for both to keep. */
function Shared({ fight }: { fight: AfterFight }) {
  if (fight.entries.length === 0) return null;
  return (
    <section className="card" aria-labelledby="after-fight-shared">
      <h2 id="after-fight-shared">
        {fight.phase === 'done' ? t('afterFight.plans') : t('afterFight.shared')}
      </h2>
      {AFTER_FIGHT_STEPS.filter((step) => fight.phase !== 'done' || step === 'plan').map((step) => {
        const entries = fight.entries.filter((e) => e.step === step);
        if (entries.length === 0) return null;
        return (
          <div key={step}>
            {fight.phase !== 'done' && <h3>{stepTitle(step)}</h3>}
            <ul className="plain-list">
              {entries.map((entry) => (
                <li key={entry.by.id}>
                  <div data-testid={`shared-${step}`}>
                    <p className="hint">
                      {entry.by.isYou ? t('gestures.byYou') : entry.by.name || t('common.formerPartner')}
                    </p>
                    {entry.feelings.length > 0 && (
                      <p>{entry.feelings.map((f) => t(`repair.feeling.${f}` as MessageKey)).join(', ')}</p>
                    )}
                    {entry.text && <p className="note-text">{entry.text}</p>}
                  </div>
                  {fight.phase === 'done' && step === 'plan' && (
                    <PlanAgreement afterFightId={fight.id} plan={entry} partnerName={partnerNameOf(fight)} />
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

const partnerNameOf = (fight: AfterFight) => (fight.starter.isYou ? fight.partner.name : fight.starter.name);
