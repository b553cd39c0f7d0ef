import { type FormEvent, useState } from 'react';
import { COMMITMENT_MAX_LENGTH } from '../../../core/commitments/rules';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';

interface FormProps {
  /** The talk it is said in, when the form sits at the end of one. */
  talkId?: string;
  partnerName: string | null;
  onAdded?(): void;
}

/** Something the person will do, onto their own list: private unless they let the partner see it. */
export function CommitmentForm({ talkId, partnerName, onAdded }: FormProps) {
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [isShared, setShared] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setStatus(null);
    try {
      await api.addCommitment({
        text,
        dueOn: dueOn || null,
        isShared: Boolean(partnerName) && isShared,
        ...(talkId && { talkId }),
      });
      setText('');
      setDueOn('');
      setStatus(t('commitments.added'));
      onAdded?.();
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }

  return (
    <form onSubmit={submit} aria-label={t('commitments.formLabel')}>
      <label>
        {t('commitments.write')}
        <textarea
          value={text}
          rows={2}
          maxLength={COMMITMENT_MAX_LENGTH}
          required
          aria-describedby="commitment-hint"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <p className="hint" id="commitment-hint">
        {t('commitments.writeHint')}
      </p>
      <label>
        {t('commitments.day')}
        <input type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />
      </label>
      {partnerName && (
        <label className="toggle">
          <input type="checkbox" checked={isShared} onChange={(event) => setShared(event.target.checked)} />
          {t('commitments.shareWith', { name: partnerName })}
        </label>
      )}
      <FormError message={problem} />
      <button type="submit" className="primary" disabled={!text.trim()}>
        {t('commitments.add')}
      </button>
      <Status message={status} />
    </form>
  );
}
