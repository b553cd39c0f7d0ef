import { type FormEvent, useState } from 'react';
import { findLibraryRitual } from '../../../core/rituals/library';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { RhythmFields } from './RhythmFields';
import { type Rhythm, rhythmOf, ruleOf } from './rhythm';
import { useRituals } from './useRituals';

/** Start a ritual: from the library (its words, a rhythm to change) or in one's own words. */
export default function NewRitualScreen() {
  const { search } = useLocation();
  const { me } = useSession();
  const { data } = useRituals();
  const library = findLibraryRitual(search.get('from') ?? '');
  const [title, setTitle] = useState('');
  const [how, setHow] = useState('');
  const [minutes, setMinutes] = useState(String(library?.minutes ?? 15));
  const [rhythm, setRhythm] = useState<Rhythm>(rhythmOf(library?.rule ?? 'FREQ=DAILY'));
  const [time, setTime] = useState(library?.time ?? '19:00');
  const [isProposed, setIsProposed] = useState(true);
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  if (!data) return <Loading />;
  const partner = data.partner;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const made = await api.startRitual({
        libraryId: library?.id ?? null,
        ...(!library && { title: title.trim(), how: how.trim() || null }),
        minutes: Number(minutes),
        rule: ruleOf(rhythm),
        time,
        isProposed: !!partner && isProposed,
      });
      navigate(`/rituals/${made.ritual.id}`, { replace: true });
    } catch (caught) {
      setProblem(problemOf(caught));
    }
  }

  return (
    <Page title={library?.title ?? t('rituals.newTitle')} back="/rituals">
      {library && <p>{library.how}</p>}
      <form onSubmit={submit}>
        {!library && (
          <>
            <Field
              label={t('rituals.name')}
              value={title}
              required
              maxLength={80}
              onChange={(e) => setTitle(e.target.value)}
              error={problem?.fields.title}
            />
            <div className="field">
              <label htmlFor="ritual-how">{t('rituals.how')}</label>
              <p className="hint" id="ritual-how-hint">
                {t('rituals.howHint')}
              </p>
              <textarea
                id="ritual-how"
                value={how}
                maxLength={600}
                aria-describedby="ritual-how-hint"
                onChange={(e) => setHow(e.target.value)}
              />
            </div>
          </>
        )}
        <RhythmFields rhythm={rhythm} onChange={setRhythm} />
        <Field
          label={t('rituals.time')}
          hint={t('rituals.timeHint', { zone: me?.timeZone ?? '' })}
          type="time"
          required
          value={time}
          onChange={(e) => setTime(e.target.value)}
          error={problem?.fields.time}
        />
        <Field
          label={t('rituals.length')}
          type="number"
          min={1}
          max={240}
          required
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={problem?.fields.minutes}
        />
        {partner ? (
          <>
            <label className="toggle">
              <input type="checkbox" checked={isProposed} onChange={(e) => setIsProposed(e.target.checked)} />
              {t('rituals.propose', { name: partner.name })}
            </label>
            <p className="hint">{t('rituals.proposeHint', { name: partner.name })}</p>
          </>
        ) : (
          <p className="hint">{t('rituals.aloneHint')}</p>
        )}
        <button
          type="submit"
          className="primary"
          disabled={(rhythm.kind === 'weekly' || rhythm.kind === 'fortnightly') && rhythm.days.length === 0}
        >
          {t('rituals.start')}
        </button>
        <FormError message={problem?.message ?? null} />
      </form>
    </Page>
  );
}
