import type { CoachFinding, CoachLabel } from '../../core/coach';
import { type MessageKey, t } from '../i18n/i18n';
import { Link } from '../router';

const titles: Record<CoachLabel, MessageKey> = {
  safety: 'coach.label.safety',
  criticism: 'coach.label.criticism',
  contempt: 'coach.label.contempt',
  defensiveness: 'coach.label.defensiveness',
  stonewalling: 'coach.label.stonewalling',
  demand: 'coach.label.demand',
  faux_feeling: 'coach.label.faux_feeling',
  thought_as_feeling: 'coach.label.thought_as_feeling',
  i_statement: 'coach.label.i_statement',
  reflection: 'coach.label.reflection',
  open_question: 'coach.label.open_question',
  validation: 'coach.label.validation',
  appreciation: 'coach.label.appreciation',
  repair: 'coach.label.repair',
  request: 'coach.label.request',
};

interface CoachHintsProps {
  id: string;
  findings: CoachFinding[];
  /** Puts `rewrite` in place of the sentence around position `at` of the draft. */
  onRewrite(at: number, rewrite: string): void;
}

/** The coach's notes on a draft: safety first, then concerns with kinder wordings, then strengths. */
export function CoachHints({ id, findings, onRewrite }: CoachHintsProps) {
  const safety = findings.find((f) => f.kind === 'safety');
  const concerns = findings.filter((f) => f.kind === 'concern');
  const strengths = findings.filter((f) => f.kind === 'strength');
  return (
    <div id={id} className="coach-hints" aria-live="polite">
      {safety && (
        <section className="card coach-safety" aria-label={t('coach.label.safety')}>
          <p className="coach-title">{t('coach.label.safety')}</p>
          <p>{safety.explanation}</p>
          <Link className="button primary" href="/safety">
            {t('coach.safetyLink')}
          </Link>
        </section>
      )}
      {concerns.map((finding) => (
        <Concern
          key={`${finding.label}-${finding.spans[0]?.start ?? 0}`}
          finding={finding}
          onRewrite={onRewrite}
        />
      ))}
      {strengths.length > 0 && (
        <ul className="coach-strengths">
          {strengths.map((finding) => (
            <li key={finding.label}>
              <strong>{t(titles[finding.label])}.</strong> {finding.explanation}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Concern({
  finding,
  onRewrite,
}: {
  finding: CoachFinding;
  onRewrite(at: number, rewrite: string): void;
}) {
  const at = finding.spans[0]?.start ?? 0;
  const words = finding.spans.map((s) => `“${s.text}”`).join(', ');
  const suggestion = finding.suggestion;
  const firstFeeling = suggestion?.feelings[0];
  const withFeeling = (feeling: string) =>
    suggestion && firstFeeling
      ? suggestion.rewrite.replace(`I feel ${firstFeeling}`, `I feel ${feeling}`)
      : '';
  return (
    <section className="card coach-concern" aria-label={t(titles[finding.label])}>
      <p className="coach-title">{t(titles[finding.label])}</p>
      <p className="hint">{t('coach.about', { words })}</p>
      <p>{finding.explanation}</p>
      {suggestion && (
        <>
          <p className="coach-suggestion">{suggestion.rewrite}</p>
          <div className="actions">
            <button type="button" onClick={() => onRewrite(at, suggestion.rewrite)}>
              {t('coach.useWording')}
            </button>
          </div>
          {suggestion.feelings.length > 1 && (
            <fieldset className="feelings">
              <legend>{t('coach.pickFeeling')}</legend>
              {suggestion.feelings.map((feeling) => (
                <button
                  key={feeling}
                  type="button"
                  className="chip"
                  onClick={() => onRewrite(at, withFeeling(feeling))}
                >
                  {feeling}
                </button>
              ))}
            </fieldset>
          )}
        </>
      )}
    </section>
  );
}
