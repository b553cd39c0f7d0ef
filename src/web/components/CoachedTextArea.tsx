import { type ChangeEvent, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { analyse, type CoachFinding } from '../../core/coach';
import { t } from '../i18n/i18n';
import { CoachHints } from './CoachHints';
import { replaceSentence } from './rewrite';

interface CoachedTextAreaProps {
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  maxLength?: number;
  rows?: number;
  required?: boolean;
}

/** Wait this long after the last keystroke before reading the draft, so typing never stutters. */
const SETTLE_MS = 250;

/**
 * A text box with the communication coach beside it. The coach reads the draft on this device
 * only, marks the words each hint is about, and offers kinder wordings. It never blocks sending.
 */
export function CoachedTextArea({
  label,
  hint,
  value,
  onChange,
  maxLength = 4000,
  rows = 6,
  required = false,
}: CoachedTextAreaProps) {
  const id = useId();
  const [settled, setSettled] = useState(value);
  const deferred = useDeferredValue(settled);
  const backdrop = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value]);

  const findings = useMemo(() => (deferred.trim() ? analyse(deferred).findings : []), [deferred]);
  // Marks only while the text is what the coach read, so they never point at the wrong words.
  const marks = deferred === value ? findings.filter((f) => f.kind !== 'strength') : [];

  const change = (event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value);
  const syncScroll = (event: { currentTarget: HTMLTextAreaElement }) => {
    if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
  };

  return (
    <div className="field coached">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="coached-box">
        <div className="coached-backdrop" ref={backdrop} aria-hidden="true">
          {highlight(value, marks)}
        </div>
        <textarea
          id={id}
          value={value}
          onChange={change}
          onScroll={syncScroll}
          rows={rows}
          maxLength={maxLength}
          required={required}
          aria-describedby={[hint && `${id}-hint`, `${id}-coach`].filter(Boolean).join(' ')}
        />
      </div>
      <p className="hint">{t('coach.onDevice')}</p>
      <CoachHints
        id={`${id}-coach`}
        findings={deferred === value ? findings : []}
        onRewrite={(at, rewrite) => onChange(replaceSentence(value, at, rewrite))}
      />
    </div>
  );
}

/** The draft with the words each concern is about wrapped in <mark>, for the layer under the text box. */
function highlight(text: string, findings: CoachFinding[]) {
  const spans = findings
    .flatMap((f) => f.spans.map((s) => ({ ...s, kind: f.kind })))
    .sort((a, b) => a.start - b.start);
  const parts: Array<string | { text: string; kind: string; key: number }> = [];
  let at = 0;
  for (const [index, span] of spans.entries()) {
    if (span.start < at || span.end > text.length) continue;
    parts.push(text.slice(at, span.start), {
      text: text.slice(span.start, span.end),
      kind: span.kind,
      key: index,
    });
    at = span.end;
  }
  parts.push(`${text.slice(at)}\n`);
  return parts.map((part) =>
    typeof part === 'string' ? (
      part
    ) : (
      <mark key={part.key} className={`mark-${part.kind}`}>
        {part.text}
      </mark>
    ),
  );
}
