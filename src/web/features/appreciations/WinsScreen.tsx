import { type FormEvent, useEffect, useRef, useState } from 'react';
import { WIN_TEXT_MAX_LENGTH } from '../../../core/appreciations';
import { WINS_PAGE, type Win } from '../../../core/contracts/appreciations';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { useWins } from './useAppreciations';
import { winWords } from './winWords';

/**
 * Ids seen on this screen already: a win that appears above them after the first look is
 * celebrated; older ones shown on asking are not new.
 */
function useNewIds(wins: Win[] | undefined): Set<string> {
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (!wins) return;
    if (seen.current) {
      const firstSeen = wins.findIndex((w) => seen.current?.has(w.id));
      const arrived = (firstSeen === -1 ? wins : wins.slice(0, firstSeen)).map((w) => w.id);
      if (arrived.length > 0) setFresh(new Set(arrived));
    }
    seen.current = new Set(wins.map((w) => w.id));
  }, [wins]);
  return fresh;
}

/** The wins wall, newest first, with a way to add one you noticed. */
export default function WinsScreen() {
  const [shown, setShown] = useState(WINS_PAGE);
  const { data, error, refresh } = useWins(shown);
  const fresh = useNewIds(data?.wins);
  return (
    <Page title={t('wins.title')} back="/">
      <p>{t('wins.lead')}</p>
      <AddWin onAdded={refresh} />
      {!data ? (
        <p>{error ?? t('wins.loading')}</p>
      ) : data.wins.length === 0 ? (
        <p>{t('wins.none')}</p>
      ) : (
        <ul className="plain-list wins-wall">
          {data.wins.map((win) => (
            <li key={win.id} data-testid="win" className={fresh.has(win.id) ? 'win celebrate' : 'win'}>
              <p>{winWords(win)}</p>
              {win.source === 'manual' && win.by && (
                <p className="hint">
                  {t('wins.by', { name: win.by.isYou ? t('gestures.byYou') : win.by.name })}
                </p>
              )}
              <p className="hint">
                {new Date(win.createdAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data?.hasOlder && (
        <button type="button" onClick={() => setShown(data.wins.length + WINS_PAGE)}>
          {t('wins.older')}
        </button>
      )}
    </Page>
  );
}

function AddWin({ onAdded }: { onAdded(): void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await api.addWin(text);
      setText('');
      setStatus(t('wins.added'));
      onAdded();
    } catch (caught) {
      setProblem(problemOf(caught).message);
    }
  }
  return (
    <form onSubmit={submit} aria-label={t('wins.formLabel')} className="card">
      <label>
        {t('wins.add')}
        <input
          value={text}
          maxLength={WIN_TEXT_MAX_LENGTH}
          onChange={(event) => setText(event.target.value)}
          required
        />
      </label>
      <FormError message={problem} />
      <button type="submit" className="primary" disabled={!text.trim()}>
        {t('wins.addButton')}
      </button>
      <Status message={status} />
    </form>
  );
}
