// The lazily loaded part of the content script: extraction, the instrument data, painting and
// promo dimming. Only pages that pass the article gate download this chunk.
import { dimPromos } from '../dom/promos/dim-promos';
import type { UiLang } from '../shared/i18n';
import { createPageSession as createSession, type PageSession } from './page-session';

export function createPageSession(doc: Document, uiLang: UiLang): PageSession {
  return createSession(doc, uiLang, dimPromos);
}
