import { useState } from 'react';
import {
  AGREEMENT_CATEGORIES,
  type AgreementCategory,
  WORDING_MAX_LENGTH,
} from '../../../core/agreements/rules';
import type { AfterFightEntry } from '../../../core/contracts/repair';
import { api } from '../../api/client';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { FormError } from '../../components/FormError';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { categoryWords } from '../agreements/words';

/**
 * Under a plan: its author may propose it as an agreement, once. After that both see that it was
 * proposed, with the way to the ledger, where the partner answers it.
 */
export function PlanAgreement({
  afterFightId,
  plan,
  partnerName,
}: {
  afterFightId: string;
  plan: AfterFightEntry;
  partnerName: string;
}) {
  const [agreementId, setAgreementId] = useState(plan.agreementId);
  const [category, setCategory] = useState<AgreementCategory>('tone');
  const isLong = (plan.text ?? '').length > WORDING_MAX_LENGTH;
  const [wording, setWording] = useState(isLong ? (plan.text ?? '').slice(0, WORDING_MAX_LENGTH) : '');
  const [failure, setFailure] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);
  const proposed = agreementId ?? plan.agreementId;

  if (proposed) {
    return (
      <div data-testid="plan-proposed">
        <p className="tag">{t('afterFight.planProposed')}</p>
        {plan.by.isYou && <p className="hint">{t('afterFight.planProposedLead', { name: partnerName })}</p>}
        <Link href="/agreements">{t('afterFight.seeAgreements')}</Link>
      </div>
    );
  }
  if (!plan.by.isYou) return null;

  async function propose() {
    setSending(true);
    setFailure(null);
    try {
      const fight = await api.proposePlan(afterFightId, plan.id, { category, ...(isLong && { wording }) });
      setAgreementId(fight.entries.find((e) => e.id === plan.id)?.agreementId ?? null);
    } catch (caught) {
      setFailure(problemOf(caught).message);
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="plan-agreement">
      <label>
        {t('afterFight.planCategory')}
        <select value={category} onChange={(event) => setCategory(event.target.value as AgreementCategory)}>
          {AGREEMENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryWords(c)}
            </option>
          ))}
        </select>
      </label>
      {isLong && (
        <CoachedTextArea
          label={t('afterFight.planWording')}
          hint={t('afterFight.planWordingHint')}
          value={wording}
          onChange={setWording}
          maxLength={WORDING_MAX_LENGTH}
          rows={3}
          required
        />
      )}
      <FormError message={failure} />
      <button type="button" disabled={isSending || (isLong && !wording.trim())} onClick={propose}>
        {t('afterFight.proposePlan')}
      </button>
    </div>
  );
}
