import { useState } from 'react';
import type { Agreement, Ledger } from '../../../core/contracts/agreements';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { t } from '../../i18n/i18n';
import { AgreementCard } from './AgreementCard';
import { AgreementEditor } from './AgreementEditor';
import { NeedsSection } from './NeedsSection';
import { useAgreements } from './useAgreements';

/** The ledger: proposals to answer, agreements due for review, what holds, and personal needs. */
export default function AgreementsScreen() {
  const { data, error, refresh } = useAgreements();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Page title={t('agreements.title')} back="/">
      {!data ? (
        <p>{error ?? t('agreements.loading')}</p>
      ) : (
        <>
          <p>{t('agreements.lead')}</p>
          <Agreements ledger={data} onChange={refresh} />
          {data.partner ? (
            <AgreementEditor
              key={data.agreements.length}
              today={data.today}
              partnerName={data.partner.name}
              onDone={(message) => {
                setStatus(message);
                refresh();
              }}
            />
          ) : (
            <p>{t('agreements.noPartner')}</p>
          )}
          <Status message={status} />
          <NeedsSection needs={data.needs} partnerName={data.partner?.name ?? null} onChange={refresh} />
        </>
      )}
    </Page>
  );
}

function Agreements({ ledger, onChange }: { ledger: Ledger; onChange(): void }) {
  const partnerName = ledger.partner?.name ?? '';
  const due = ledger.agreements.filter((a) => a.isDue);
  const waiting = ledger.agreements.filter((a) => a.pending && !a.isDue);
  const holding = ledger.agreements.filter((a) => a.status === 'active' && !a.pending && !a.isDue);
  const retired = ledger.agreements.filter((a) => a.status === 'retired');
  const group = (id: string, title: string, items: Agreement[], empty?: string) =>
    (items.length > 0 || empty) && (
      <section aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        {items.length === 0 && <p>{empty}</p>}
        <ul className="plain-list">
          {items.map((agreement) => (
            <AgreementCard
              key={agreement.id}
              agreement={agreement}
              today={ledger.today}
              partnerName={partnerName}
              onChange={onChange}
            />
          ))}
        </ul>
      </section>
    );
  return (
    <>
      {group('agreements-due', t('agreements.due'), due)}
      {group('agreements-waiting', t('agreements.waiting'), waiting)}
      {group('agreements-holding', t('agreements.holding'), holding, t('agreements.noneHolding'))}
      {group('agreements-retired', t('agreements.retiredTitle'), retired)}
    </>
  );
}
