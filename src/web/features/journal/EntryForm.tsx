import { type FormEvent, useState } from 'react';
import type { JournalEntryInput } from '../../../core/contracts/journal';
import {
  FEELINGS,
  type Feeling,
  findPrompt,
  JOURNAL_PROMPTS,
  nextPrompt,
} from '../../../core/journal/prompts';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { FormError } from '../../components/FormError';
import { Status } from '../../components/Status';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';

interface EntryFormProps {
  label: string;
  initial?: JournalEntryInput;
  submitLabel: string;
  savedMessage: string;
  onSubmit(input: JournalEntryInput): Promise<void>;
}

/** A random place to start, so the first prompt is not always the same one. */
const firstPrompt = () => JOURNAL_PROMPTS[Math.floor(Math.random() * JOURNAL_PROMPTS.length)] ?? null;

/** An entry's words, the prompt it answers (one at a time, "another prompt"), and feelings as checkboxes. */
export function EntryForm({ label, initial, submitLabel, savedMessage, onSubmit }: EntryFormProps) {
  const [text, setText] = useState(initial?.text ?? '');
  const [shown, setShown] = useState(() => (initial ? findPrompt(initial.promptId) : firstPrompt()));
  const [isUsingPrompt, setUsingPrompt] = useState(initial ? initial.promptId !== null : true);
  const [feelings, setFeelings] = useState<Feeling[]>(initial?.feelings ?? []);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const toggle = (feeling: Feeling) =>
    setFeelings((current) =>
      current.includes(feeling) ? current.filter((f) => f !== feeling) : [...current, feeling],
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(t('journal.needText'));
      return;
    }
    setSaving(true);
    setProblem(null);
    setStatus(null);
    try {
      await onSubmit({ text, promptId: isUsingPrompt && shown ? shown.id : null, feelings });
      setStatus(savedMessage);
      if (!initial) {
        setText('');
        setFeelings([]);
        setShown(nextPrompt(shown?.id ?? null));
      }
    } catch (caught) {
      setProblem(problemOf(caught).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label={label}>
      <section className="card" aria-labelledby="journal-prompt">
        <h2 id="journal-prompt">{t('journal.promptLabel')}</h2>
        {shown && isUsingPrompt ? (
          <p data-testid="journal-prompt">{shown.text}</p>
        ) : (
          <p>{t('journal.noPrompt')}</p>
        )}
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setShown(nextPrompt(shown?.id ?? null));
              setUsingPrompt(true);
            }}
          >
            {t('journal.anotherPrompt')}
          </button>
          {isUsingPrompt && (
            <button type="button" onClick={() => setUsingPrompt(false)}>
              {t('journal.noPrompt')}
            </button>
          )}
        </div>
      </section>
      <CoachedTextArea
        label={t('journal.text')}
        hint={t('journal.textHint')}
        value={text}
        onChange={setText}
        rows={8}
        maxLength={20_000}
      />
      <fieldset>
        <legend>{t('journal.feelings')}</legend>
        <p className="hint">{t('journal.feelingsHint')}</p>
        <div className="choices">
          {FEELINGS.map((feeling) => (
            <label key={feeling} className="choice">
              <input type="checkbox" checked={feelings.includes(feeling)} onChange={() => toggle(feeling)} />
              <span>{t(`journal.feeling.${feeling}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormError message={problem} />
      <Status message={status} />
      <button type="submit" className="primary" disabled={isSaving}>
        {isSaving ? t('journal.saving') : submitLabel}
      </button>
    </form>
  );
}
