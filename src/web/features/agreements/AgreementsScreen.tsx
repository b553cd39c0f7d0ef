import { useEffect, useRef, useState } from 'react';
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
  // The editors live outside the lists: a live refetch that moves an agreement to another list
  // must not throw away what someone is writing.
  const [editingId, setEditingId] = useState<string | null>(null);
  const [proposals, setProposals] = useState(0);
  const editing = data?.agreements.find((a) => a.id === editingId);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editingId) editorHeading.current?.focus();
  }, [editingId]);
  return (
    <Page title={t('agreements.title')} back="/">
      {!data ? (
        <p>{error ?? t('agreements.loading')}</p>
      ) : (
        <>
          <p>{t('agreements.lead')}</p>
          {editing && (
            <section className="card" aria-labelledby="agreement-editor">
              <h2 id="agreement-editor" ref={editorHeading} tabIndex={-1}>
                {t('agreements.changeTitle')}
              </h2>
              <AgreementEditor
                key={editing.id}
                today={data.today}
                partnerName={data.partner?.name ?? ''}
                agreement={editing}
                onDone={() => {
                  setEditingId(null);
                  refresh();
                }}
              />
            </section>
          )}
          <Agreements ledger={data} onChange={refresh} onEdit={setEditingId} />
          {data.partner ? (
            <AgreementEditor
              key={proposals}
              today={data.today}
              partnerName={data.partner.name}
              onDone={(message) => {
                setStatus(message);
                setProposals((n) => n + 1);
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

function Agreements({
  ledger,
  onChange,
  onEdit,
}: {
  ledger: Ledger;
  onChange(): void;
  onEdit(id: string): void;
}) {
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
              onEdit={onEdit}
            />
          ))}
        </ul>
      </section>
    );
  return (
    <>
      {group('agreements-due', t('agreements.due'), due)}
      {group('agreements-waiting', t('agreements.waiting'), waiting)}
      {group(
        'agreements-holding',
        t('agreements.holding'),
        holding,
        ledger.agreements.length === 0 ? t('agreements.noneHolding') : undefined,
      )}
      {group('agreements-retired', t('agreements.retiredTitle'), retired)}
    </>
  );
}
