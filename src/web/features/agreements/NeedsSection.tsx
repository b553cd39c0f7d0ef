import { type FormEvent, useState } from 'react';
import { NEED_MAX_LENGTH } from '../../../core/agreements/rules';
import type { Need } from '../../../core/contracts/agreements';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';

interface NeedsProps {
  needs: Need[];
  partnerName: string | null;
  onChange(): void;
}

/** Personal needs: one's own (private or shared) and what the partner chose to share. */
export function NeedsSection({ needs, partnerName, onChange }: NeedsProps) {
  const [wording, setWording] = useState('');
  const [isShared, setShared] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await api.addNeed({ wording, isShared: Boolean(partnerName) && isShared });
      setWording('');
      setStatus(t('needs.added'));
      onChange();
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }

  const act = (move: () => Promise<unknown>) => () => {
    setProblem(null);
    move().then(onChange, (caught: unknown) => setProblem(problemOf(caught).message));
  };

  return (
    <section className="card" aria-labelledby="needs">
      <h2 id="needs">{t('needs.title')}</h2>
      <p>{t('needs.lead')}</p>
      {needs.length === 0 && <p>{t('needs.none')}</p>}
      <ul className="plain-list">
        {needs.map((need) => (
          <li key={need.id} data-testid="need">
            <p className="note-text">{need.wording}</p>
            <p className="hint">
              {need.by.isYou ? t('needs.yours') : t('needs.byPartner', { name: need.by.name })}
              {need.by.isYou && ` · ${need.isShared ? t('needs.shared') : t('needs.private')}`}
            </p>
            {need.by.isYou && (
              <div className="actions">
                {partnerName && (
                  <button
                    type="button"
                    onClick={act(() => api.changeNeed(need.id, { isShared: !need.isShared }))}
                  >
                    {need.isShared ? t('needs.makePrivate') : t('needs.makeShared')}
                  </button>
                )}
                <button type="button" onClick={act(() => api.deleteNeed(need.id))}>
                  {t('needs.delete')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} aria-label={t('needs.formLabel')}>
        <label>
          {t('needs.write')}
          <input
            value={wording}
            maxLength={NEED_MAX_LENGTH}
            required
            onChange={(event) => setWording(event.target.value)}
          />
        </label>
        {partnerName && (
          <label className="toggle">
            <input type="checkbox" checked={isShared} onChange={(event) => setShared(event.target.checked)} />
            {t('needs.share', { name: partnerName })}
          </label>
        )}
        <FormError message={problem} />
        <button type="submit" disabled={!wording.trim()}>
          {t('needs.add')}
        </button>
        <Status message={status} />
      </form>
    </section>
  );
}
