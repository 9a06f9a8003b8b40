// Human-readable text for every promo signal code, in German and English ({0} = the signal's argument).
// Shared by the CLI and the extension so both explain a flag the same way.
import type { SignalCode } from './signals';

export interface ReasonText {
  de: string;
  en: string;
}

export const REASON_TEXTS: Record<SignalCode, ReasonText> = {
  'ad-label': { de: 'Als Werbung gekennzeichnet („{0}“)', en: 'Labelled as advertising (“{0}”)' },
  'ad-label-bare': { de: 'Werbekennzeichnung („{0}“)', en: 'Advertising label (“{0}”)' },
  'empty-ad-slot': { de: 'Leerer Werbeplatz mit Kennzeichnung („{0}“), einmal je Seite gezählt', en: 'Empty ad slot labelled “{0}” (counted once per page)' },
  'disguised-label': { de: 'Werbekennzeichnung verschleiert geschrieben („{0}“)', en: 'Advertising label written in disguise (“{0}”)' },
  'buy-or-sell-teaser': { de: 'Kaufen-oder-verkaufen-Köder: „{0}“', en: 'Buy-or-sell bait: “{0}”' },
  'free-offer': { de: 'Gratis-Angebot: „{0}“', en: 'Free-offer wording: “{0}”' },
  'sales-product': { de: 'Bewirbt ein kostenpflichtiges Börsenprodukt: „{0}“', en: 'Sells an investing product: “{0}”' },
  'sign-up-offer': { de: 'Anmelde-, Depot- oder Abo-Angebot: „{0}“', en: 'Sign-up, broker or subscription offer: “{0}”' },
  discount: { de: 'Rabatt-Lockangebot: „{0}“', en: 'Discount pitch: “{0}”' },
  'rate-offer': { de: 'Zins-Lockangebot: „{0}“', en: 'Savings-rate lure: “{0}”' },
  'event-ad': { de: 'Veranstaltungswerbung mit Anmeldung: „{0}“', en: 'Event ad with a sign-up button: “{0}”' },
  urgency: { de: 'Drängt zur Eile: „{0}“', en: 'Pushes urgency: “{0}”' },
  'call-to-action': { de: 'Handlungsaufforderung: „{0}“', en: 'Call to action: “{0}”' },
  'investor-address': { de: 'Spricht Anleger direkt an: „{0}“', en: 'Addresses the reader as an investor: “{0}”' },
  'teaser-heading': { de: 'Reißerische Frage mit „?!“', en: 'Clickbait question with “?!”' },
  'promo-link': { de: 'Link auf eine Verkaufs- oder Analyse-Seite ({0})', en: 'Links to a sales or analysis landing page ({0})' },
  'sponsored-link': { de: 'Link als gesponsert markiert', en: 'Link marked as sponsored' },
  'external-link': { de: 'Link auf eine fremde Website ({0})', en: 'Links to another site ({0})' },
  'company-template': { de: 'Vorlagentext, der den Firmennamen wiederholt ({0})', en: 'Template text repeating the company name ({0})' },
  'promo-markup': { de: 'Seitenbaustein heißt Werbung/Promo ({0})', en: 'Page markup calls it an ad or promo ({0})' },
  'inline-interjection': { de: 'Verlinkter Einschub mitten im Artikel', en: 'Linked teaser interrupting the article' },
};
