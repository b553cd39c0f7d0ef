import { t } from '../../i18n/i18n';
import { type Rhythm, WEEK_ORDER } from './rhythm';

const dayName = (d: number) => t(`pulse.weekday.${d}` as 'pulse.weekday.0');

/** How often: every day, chosen weekdays (weekly or every other week), or once a month. */
export function RhythmFields({ rhythm, onChange }: { rhythm: Rhythm; onChange(next: Rhythm): void }) {
  const days = rhythm.kind === 'weekly' || rhythm.kind === 'fortnightly' ? rhythm.days : [];
  const choose = (kind: Rhythm['kind']) => {
    if (kind === 'daily') onChange({ kind });
    else if (kind === 'monthly') onChange({ kind, day: days[0] ?? 0 });
    else onChange({ kind, days: days.length > 0 ? days : [1] });
  };
  const toggle = (d: number) => {
    if (rhythm.kind !== 'weekly' && rhythm.kind !== 'fortnightly') return;
    const next = days.includes(d) ? days.filter((x) => x !== d) : [...days, d];
    onChange({ kind: rhythm.kind, days: next });
  };
  return (
    <>
      <fieldset>
        <legend>{t('rituals.rhythm')}</legend>
        <div className="choices">
          {(['daily', 'weekly', 'fortnightly', 'monthly'] as const).map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="rhythm"
                checked={rhythm.kind === kind}
                onChange={() => choose(kind)}
              />
              <span>{t(`rituals.rhythm.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {(rhythm.kind === 'weekly' || rhythm.kind === 'fortnightly') && (
        <fieldset>
          <legend>{t('rituals.days')}</legend>
          <div className="choices">
            {WEEK_ORDER.map((d) => (
              <label key={d} className="choice">
                <input type="checkbox" checked={days.includes(d)} onChange={() => toggle(d)} />
                <span>{dayName(d)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {rhythm.kind === 'monthly' && (
        <fieldset>
          <legend>{t('rituals.monthDay')}</legend>
          <div className="choices">
            {WEEK_ORDER.map((d) => (
              <label key={d} className="choice">
                <input
                  type="radio"
                  name="month-day"
                  checked={rhythm.day === d}
                  onChange={() => onChange({ kind: 'monthly', day: d })}
                />
                <span>{dayName(d)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
