// The promotional blocks: score, the detector's reasons (already in the UI language), the
// block's text (clipped) and a "show on page" button.
import type { Promo } from '../../core/fact-sheet';
import { t, type UiLang } from '../../shared/i18n';

interface PromoListProps {
  promos: readonly Promo[];
  lang: UiLang;
  onReveal(index: number): void;
}

const PREVIEW_CHARS = 160;

export function PromoList({ promos, lang, onReveal }: PromoListProps) {
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <ul class="list">
      {promos.map((promo, index) => (
        <li class="promo" data-testid="promo" key={index}>
          <div class="promo-head">
            <span class="promo-score">{t('promoScore', percent.format(promo.score))}</span>
            <button type="button" class="reveal" data-testid="promo-reveal" onClick={() => onReveal(index)}>
              {t('promoReveal')}
            </button>
          </div>
          <ul class="promo-reasons">
            {promo.reasons.map(reason => <li key={reason}><bdi>{reason}</bdi></li>)}
          </ul>
          <p class="promo-text" dir="auto">
            {promo.text.length > PREVIEW_CHARS ? `${promo.text.slice(0, PREVIEW_CHARS)}…` : promo.text}
          </p>
        </li>
      ))}
    </ul>
  );
}
