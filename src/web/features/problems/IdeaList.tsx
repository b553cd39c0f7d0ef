import type { Idea } from '../../../core/contracts/problems';
import { t } from '../../i18n/i18n';

/** The ideas as written, with who wrote them: no score, no reply, no ranking. */
export function IdeaList({ ideas }: { ideas: Idea[] }) {
  if (ideas.length === 0) return <p>{t('problems.noIdeas')}</p>;
  return (
    <ul className="list">
      {ideas.map((idea) => (
        <li key={idea.id} data-testid="idea">
          <span className="note-text">{idea.text}</span>{' '}
          <span className="hint">— {idea.by.isYou ? t('problems.you') : idea.by.name}</span>
        </li>
      ))}
    </ul>
  );
}
