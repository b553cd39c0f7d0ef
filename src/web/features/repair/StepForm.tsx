import { type FormEvent, useState } from 'react';
import type { AfterFight } from '../../../core/contracts/repair';
import { AFTER_FIGHT_TEXT_MAX_LENGTH, type AfterFightStep } from '../../../core/repair/after-fight';
import { AFTER_FIGHT_FEELINGS, type AfterFightFeeling, MAX_FEELINGS } from '../../../core/repair/feelings';
import { api } from '../../api/client';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { FormError } from '../../components/FormError';
import { problemOf } from '../../forms';
import { t } from '../../i18n/i18n';

interface StepFormProps {
  fight: AfterFight;
  step: AfterFightStep;
  otherName: string;
  onShared(): void;
}

/** One step's guidance and what the person shares at it: feelings from the list first, words after. */
export function StepForm({ fight, step, otherName, onShared }: StepFormProps) {
  const [feelings, setFeelings] = useState<AfterFightFeeling[]>([]);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const isFeelings = step === 'feelings';
  const toggle = (feeling: AfterFightFeeling) =>
    setFeelings((current) =>
      current.includes(feeling)
        ? current.filter((f) => f !== feeling)
        : [...current, feeling].slice(0, MAX_FEELINGS),
    );
  const canShare = isFeelings ? feelings.length > 0 : text.trim().length > 0;

  async function share(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const words = text.trim();
      await api.shareAfterFightStep(fight.id, step, {
        ...(isFeelings && { feelings }),
        ...(words && { text: words }),
      });
      onShared();
    } catch (caught) {
      setProblem(problemOf(caught).message);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={share} aria-label={t(`afterFight.step.${step}`)}>
      <p>{t(`afterFight.guide.${step}`, { name: otherName })}</p>
      {isFeelings && (
        <fieldset>
          <legend>{t('afterFight.feelingsLegend')}</legend>
          <div className="choices">
            {AFTER_FIGHT_FEELINGS.map((feeling) => (
              <label key={feeling} className="choice">
                <input
                  type="checkbox"
                  checked={feelings.includes(feeling)}
                  onChange={() => toggle(feeling)}
                />
                <span>{t(`repair.feeling.${feeling}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <CoachedTextArea
        label={isFeelings ? t('afterFight.note') : t('afterFight.words')}
        value={text}
        onChange={setText}
        maxLength={AFTER_FIGHT_TEXT_MAX_LENGTH}
        rows={isFeelings ? 2 : 4}
        required={!isFeelings}
      />
      <FormError message={problem} />
      <button type="submit" className="primary" disabled={isBusy || !canShare}>
        {t('afterFight.submit')}
      </button>
    </form>
  );
}
