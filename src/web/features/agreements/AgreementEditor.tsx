import { type FormEvent, useState } from 'react';
import { defaultReviewDay } from '../../../core/agreements/days';
import {
  AGREEMENT_CATEGORIES,
  type AgreementCategory,
  WORDING_MAX_LENGTH,
} from '../../../core/agreements/rules';
import type { Agreement } from '../../../core/contracts/agreements';
import { ApiError, api } from '../../api/client';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { FormError } from '../../components/FormError';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { categoryWords } from './words';

interface EditorProps {
  today: string;
  partnerName: string;
  /** The agreement being changed; a new proposal when absent. */
  agreement?: Agreement;
  onDone(message: string | null): void;
}

/**
 * Writing a proposal or a new version. A version is sent with the number it was based on; when
 * the partner changed the agreement meanwhile the server answers with theirs, shown here beside
 * the person's own words, which stay, so the two can be reconciled instead of one lost.
 */
export function AgreementEditor({ today, partnerName, agreement, onDone }: EditorProps) {
  const base = agreement?.pending ?? agreement?.active ?? null;
  const [category, setCategory] = useState<AgreementCategory>(base?.category ?? 'time');
  const [wording, setWording] = useState(base?.wording ?? '');
  const [reviewOn, setReviewOn] = useState(defaultReviewDay(today));
  const [basedOn, setBasedOn] = useState(agreement?.latest ?? 0);
  const [theirs, setTheirs] = useState<Agreement | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      const input = { category, wording, reviewOn };
      if (agreement) await api.changeAgreement(agreement.id, { ...input, basedOn });
      else await api.proposeAgreement(input);
      onDone(agreement ? null : t('agreements.proposed', { name: partnerName }));
    } catch (caught) {
      const other =
        caught instanceof ApiError ? (caught.details.agreement as Agreement | undefined) : undefined;
      if (caught instanceof ApiError && caught.code === 'AGREEMENT_CHANGED' && other) {
        setTheirs(other);
        setBasedOn(other.latest);
      } else {
        setProblem(problemOf(caught).message);
      }
    } finally {
      setSending(false);
    }
  }

  const newest = theirs?.pending ?? theirs?.active ?? null;
  const title = agreement ? t('agreements.changeTitle') : t('agreements.proposeTitle');
  return (
    <form onSubmit={submit} aria-label={title} className={agreement ? undefined : 'card'}>
      {!agreement && <h2>{title}</h2>}
      {newest && (
        <div className="said" role="alert" data-testid="agreement-conflict">
          <p>{t('agreements.conflict', { name: partnerName })}</p>
          <p className="note-text">{t('agreements.theirVersion', { wording: newest.wording })}</p>
        </div>
      )}
      <label>
        {t('agreements.category')}
        <select value={category} onChange={(event) => setCategory(event.target.value as AgreementCategory)}>
          {AGREEMENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryWords(c)}
            </option>
          ))}
        </select>
      </label>
      <CoachedTextArea
        label={t('agreements.wording')}
        hint={t('agreements.wordingHint')}
        value={wording}
        onChange={setWording}
        maxLength={WORDING_MAX_LENGTH}
        rows={3}
        required
      />
      <label>
        {t('agreements.reviewOn')}
        <input
          type="date"
          value={reviewOn}
          min={today}
          required
          onChange={(event) => setReviewOn(event.target.value)}
          aria-describedby={`review-hint-${agreement?.id ?? 'new'}`}
        />
      </label>
      <p className="hint" id={`review-hint-${agreement?.id ?? 'new'}`}>
        {t('agreements.reviewHint')}
      </p>
      <FormError message={problem} />
      <button type="submit" className="primary" disabled={isSending || !wording.trim()}>
        {agreement ? t('agreements.send') : t('agreements.propose', { name: partnerName })}
      </button>
      {agreement && (
        <button type="button" onClick={() => onDone(null)}>
          {t('agreements.cancel')}
        </button>
      )}
    </form>
  );
}
