import { t } from '../../i18n/i18n';

interface ScaleProps {
  name: 'closeness' | 'energy';
  value: number;
  onChange(value: number): void;
}

/** A 1–5 choice as a labelled radio group: each number comes with words. */
export function Scale({ name, value, onChange }: ScaleProps) {
  return (
    <fieldset className="scale">
      <legend>{t(`pulse.${name}`)}</legend>
      <div className="choices">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="choice">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>
              {n} · {t(`pulse.${name}.${n}` as 'pulse.closeness.1')}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
