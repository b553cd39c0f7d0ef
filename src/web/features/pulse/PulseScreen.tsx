import { type FormEvent, useState } from 'react';
import type { PulseToday } from '../../../core/contracts/pulse';
import { STRESSORS, type Stressor } from '../../../core/pulse/days';
import { api } from '../../api/client';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';
import { Link } from '../../router';
import { dayInWords } from './day';
import { PartnerPulse } from './PartnerPulse';
import { Scale } from './Scale';
import { usePulse } from './usePulse';

/** The check-in: two numbers with words, what weighs on you, a note and the question of the day. */
export default function PulseScreen() {
  const { today, error, setToday } = usePulse();
  if (!today) {
    return error ? (
      <Page title={t('pulse.title')} back="/">
        <FormError message={error} />
      </Page>
    ) : (
      <Loading />
    );
  }
  return (
    <Page title={t('pulse.title')} back="/">
      {today.isPulseDay ? (
        <CheckIn today={today} onSaved={setToday} />
      ) : (
        <p>{t('pulse.dayOff', { day: today.nextPulseDay ? dayInWords(today.nextPulseDay) : '' })}</p>
      )}
      {today.partner && (
        <section className="card" aria-labelledby="partner-today">
          <h2 id="partner-today">{t('pulse.partnerTitle', { name: today.partner.name })}</h2>
          <PartnerPulse partner={today.partner} hasCheckedIn={today.mine !== null} />
        </section>
      )}
      <Link className="button" href="/pulse/rhythm">
        {t('pulse.rhythm')}
      </Link>
    </Page>
  );
}

function CheckIn({ today, onSaved }: { today: PulseToday; onSaved(next: PulseToday): void }) {
  const mine = today.mine;
  const [closeness, setCloseness] = useState(mine?.closeness ?? 0);
  const [energy, setEnergy] = useState(mine?.energy ?? 0);
  const [stressors, setStressors] = useState<string[]>(mine?.stressors ?? []);
  const [note, setNote] = useState(mine?.note ?? '');
  const [isNoteShared, setNoteShared] = useState(mine?.isNoteShared ?? false);
  const [answer, setAnswer] = useState(mine?.answer ?? '');
  const [isAnswerShared, setAnswerShared] = useState(mine?.isAnswerShared ?? false);
  const [pulledAway, setPulledAway] = useState(mine?.pulledAway ?? false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const partnerName = today.partner?.name ?? t('talk.partner');

  const toggle = (tag: Stressor) =>
    setStressors((current) => (current.includes(tag) ? current.filter((s) => s !== tag) : [...current, tag]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (closeness < 1 || energy < 1) {
      setProblem(t('pulse.needBoth'));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const next = await api.checkIn(today.day, {
        closeness,
        energy,
        stressors: stressors as Stressor[],
        note: note.trim() ? note : null,
        isNoteShared: note.trim() !== '' && isNoteShared,
        answer: answer.trim() ? answer : null,
        isAnswerShared: answer.trim() !== '' && isAnswerShared,
        pulledAway,
      });
      onSaved(next);
      setStatus(mine ? t('pulse.updated') : t('pulse.saved'));
    } catch (caught) {
      setProblem(problemOf(caught).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label={t('pulse.formLabel')}>
      <p>{mine ? t('pulse.editLead') : t('pulse.lead')}</p>
      <Scale name="closeness" value={closeness} onChange={setCloseness} />
      <Scale name="energy" value={energy} onChange={setEnergy} />
      <fieldset>
        <legend>{t('pulse.stressors')}</legend>
        <p className="hint">{t('pulse.stressorsHint')}</p>
        <div className="choices">
          {STRESSORS.map((tag) => (
            <label key={tag} className="choice">
              <input type="checkbox" checked={stressors.includes(tag)} onChange={() => toggle(tag)} />
              <span>{t(`pulse.stressor.${tag}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="toggle">
        <input type="checkbox" checked={pulledAway} onChange={(e) => setPulledAway(e.target.checked)} />
        {t('pulse.pulledAway')}
      </label>
      <p className="hint">{t('pulse.pulledAwayExplain', { name: partnerName })}</p>
      <p className="hint">
        {today.settings.sharesNumbers
          ? t('pulse.numbersShared', { name: partnerName })
          : t('pulse.numbersPrivate', { name: partnerName })}
      </p>
      <CoachedTextArea
        label={t('pulse.note')}
        hint={t('pulse.noteHint')}
        value={note}
        onChange={setNote}
        rows={3}
        maxLength={2000}
      />
      <label className="toggle">
        <input type="checkbox" checked={isNoteShared} onChange={(e) => setNoteShared(e.target.checked)} />
        {t('pulse.shareNote')}
      </label>
      <p className="hint">
        {isNoteShared
          ? t('pulse.noteSharedExplain', { name: partnerName })
          : t('pulse.notePrivateExplain', { name: partnerName })}
      </p>
      <section aria-labelledby="question">
        <h2 id="question">{t('pulse.question')}</h2>
        <p data-testid="question">{today.question.text}</p>
        <CoachedTextArea
          label={t('pulse.answer')}
          hint={t('pulse.answerHint')}
          value={answer}
          onChange={setAnswer}
          rows={3}
          maxLength={2000}
        />
        <label className="toggle">
          <input
            type="checkbox"
            checked={isAnswerShared}
            onChange={(e) => setAnswerShared(e.target.checked)}
          />
          {t('pulse.shareAnswer')}
        </label>
        <p className="hint">
          {isAnswerShared
            ? t('pulse.answerSharedExplain', { name: partnerName })
            : t('pulse.answerPrivateExplain', { name: partnerName })}
        </p>
      </section>
      <FormError message={problem} />
      <button type="submit" className="primary" disabled={isSaving}>
        {mine ? t('pulse.saveChange') : t('pulse.submit')}
      </button>
      <Status message={status} />
    </form>
  );
}
