// One fact of the sheet: the surface text as on the page, the normalised value in the UI
// language, optional context, and a button that scrolls the page to it. Page strings are text only.
import type { Fact } from '../../core/fact-sheet';
import { formatFactValue } from '../../shared/format';
import { t, type UiLang } from '../../shared/i18n';

interface FactRowProps {
  fact: Fact;
  lang: UiLang;
  context?: string | null | undefined;
  /** How often the page mentions this fact (grouped sections); 1 shows no counter. */
  mentions?: number;
  onReveal(): void;
}

export function FactRow({ fact, lang, context, mentions = 1, onReveal }: FactRowProps) {
  return (
    <li class="fact" data-testid="fact" data-kind={fact.kind} data-mentions={mentions}>
      <div class="fact-main">
        <span>
          <bdi class="fact-text" dir="auto">{fact.text}</bdi>
          {mentions > 1 && <span class="mentions" title={t('mentions', String(mentions))}> ×{mentions}</span>}
        </span>
        <span class="fact-value" dir="auto">{formatFactValue(fact, lang)}</span>
        {context && <span class="fact-context" dir="auto">{context}</span>}
      </div>
      <button type="button" class="reveal" aria-label={t('factRevealLabel', fact.text)} onClick={onReveal}>
        {t('factReveal')}
      </button>
    </li>
  );
}
