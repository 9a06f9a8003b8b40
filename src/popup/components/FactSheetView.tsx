// The fact sheet in sections: instruments, figures (money + percent), ratings, dates and
// promotional blocks. Each fact keeps its index in sheet.facts, which reveal-fact refers to.
// Instruments are listed once per instrument with their number of mentions (an article names
// its company dozens of times), and so is a rating told twice (headline and summary of a feed item,
// completed from each other); every other fact gets its own row.
import type { ComponentChildren } from 'preact';
import type { Fact, FactKind } from '../../core/fact-sheet';
import type { UiLang } from '../../shared/i18n';
import { t } from '../../shared/i18n';
import type { FactSheetReply } from '../../shared/messages';
import { FactRow } from './FactRow';
import { PromoList } from './PromoList';

interface FactSheetViewProps {
  reply: FactSheetReply;
  lang: UiLang;
  onRevealFact(index: number): void;
  onRevealPromo(index: number): void;
}

export const FACT_SECTIONS: readonly { title: string; kinds: readonly FactKind[]; withContext?: boolean; grouped?: boolean }[] = [
  { title: 'sectionInstruments', kinds: ['instrument'], grouped: true },
  { title: 'sectionFigures', kinds: ['money', 'percent'], withContext: true },
  { title: 'sectionRatings', kinds: ['rating'], grouped: true },
  { title: 'sectionDates', kinds: ['date'] },
];

export function FactSheetView({ reply, lang, onRevealFact, onRevealPromo }: FactSheetViewProps) {
  const indexed = reply.sheet.facts.map((fact, index) => ({ fact, index, mentions: 1 }));
  return (
    <>
      {FACT_SECTIONS.map(section => {
        const inSection = indexed.filter(({ fact }) => section.kinds.includes(fact.kind));
        const entries = section.grouped ? groupMentions(inSection) : inSection;
        return (
          <Section key={section.title} title={t(section.title)} count={entries.length}>
            <ul class="list">
              {entries.map(({ fact, index, mentions }) => (
                <FactRow
                  key={index}
                  fact={fact}
                  lang={lang}
                  mentions={mentions}
                  context={section.withContext ? reply.contexts[index] : undefined}
                  onReveal={() => onRevealFact(index)}
                />
              ))}
            </ul>
          </Section>
        );
      })}
      <Section title={t('sectionPromos')} count={reply.sheet.promos.length} empty={reply.enabled.promos ? undefined : t('promoDetectionOff')}>
        <PromoList promos={reply.sheet.promos} lang={lang} onReveal={onRevealPromo} />
      </Section>
    </>
  );
}

function Section({ title, count, empty, children }: { title: string; count: number; empty?: string | undefined; children: ComponentChildren }) {
  return (
    <section class="section">
      <h2>
        {title} <span class="count">{count}</span>
      </h2>
      {count > 0 ? children : <p class="empty">{empty ?? t('sectionEmpty')}</p>}
    </section>
  );
}

interface Entry {
  fact: Fact;
  index: number;
  mentions: number;
}

/** One entry per distinct fact value (first mention's index), counting the mentions. */
function groupMentions(entries: readonly Entry[]): Entry[] {
  const groups = new Map<string, Entry>();
  for (const entry of entries) {
    const { text: _surface, ...value } = entry.fact;
    const key = JSON.stringify(value);
    const group = groups.get(key);
    if (group) group.mentions += 1;
    else groups.set(key, { ...entry });
  }
  return [...groups.values()];
}
