// The words around a name that make it a listed company ("Apple-Aktie", "Apple Inc.", "shares of
// Apple", "Apple said"), and those that make a bank the source of a rating rather than its subject.

/** Compounds after a hyphen: "Apple-Aktie", "Nvidia-Chef", "Google-Mutter". */
const COMPANY_COMPOUND = /^-(?:Aktie|Aktien|Papier|Titel|Kurs|Chef|CEO|Boss|Gründer|Konzern|Mutter|Tochter|Manager|Vorstand|Sprecher|Zahlen|Quartal|Bilanz|Umsatz|Gewinn|Mitarbeiter|Beschäftigte|Werk|Hauptversammlung|Analyse|Aktionär|Anleger|Übernahme|Deal|Rivale|Konkurrent|Konzernchef|Vorstandschef|Plattform|Integration)/i;
/** The company's products, written apart or glued to its name ("Apple Pay", "ApplePay", "Amazon Music"). */
export const PRODUCT = ['Pay', 'Music', 'Prime', 'Podcasts?', 'Store', 'App Store', 'Cloud', 'Maps', 'Wallet', 'Watch', 'TV', 'Web Services', 'Marketplace'];
/** A product word glued to the name: "ApplePay", "GooglePay". */
export const GLUED_PRODUCT = new RegExp(String.raw`^(?:${PRODUCT.join('|')})(?![\p{L}\p{N}])`, 'u');
/** Right after the name: legal forms, stock words and the company's products. */
const COMPANY_NEXT = new RegExp(String.raw`^(?:'s|’s)?[\s\u00a0]+(?:` + [
  String.raw`(?:Inc|Corp|Co|Ltd|Plc|AG|SE|N\.V|S\.A|S\.p\.A|KGaA)\b\.?`, 'plc', 'Corporation', 'Incorporated', 'Limited', 'Group', 'Holdings?', 'Aktiengesellschaft',
  'shares', 'stock', 'stocks', 'Aktie', 'Aktien', 'Papiere', 'Titel', 'Anteilsscheine', 'Konzern', ...PRODUCT,
].join('|') + String.raw`)(?![\p{L}\p{N}])`, 'u');
/**
 * Right before the name: "shares of", "Aktie von", "iPhone-Hersteller", "Tech-Konzern", "rival". Not
 * anchored at a word start, so the lower-case words also end compounds ("Chipkonzern"); a leading
 * `[\p{L}-]*` would add no match, only backtracking through the word at every offset.
 */
const COMPANY_BEFORE = /(?:shares of|stock of|stake in|Aktien? (?:von|der|des)|Papiere (?:von|der|des)|Beteiligung an|(?:konzern|hersteller|riese|gigant|händler|unternehmen|firma|rivale|konkurrent|mutter|tochter|fertiger|zulieferer|anbieter|produzent|bauer|betreiber|versorger|versicherer|entwickler|spezialist|gegner|wettbewerber)|Gegner|Wettbewerber|Konkurrenten?|Rivalen?|company|giant|maker|rival|competitor|retailer|parent|conglomerate|carrier|chipmaker|automaker|insurer|lender|bank|Bank|Versicherer|Autobauer|Chipkonzern)\s+$/u;

/** "Apple Inc.", "BASF SE", "Home Depot, Inc.": the legal form belongs to the highlighted name. */
export function legalSuffixLength(after: string): number {
  return /^,?[\s\u00a0](?:Inc\.|Inc\b|Corp\.|Corp\b|Corporation|Incorporated|Co\.|Ltd\.|Ltd\b|Limited|plc|PLC|AG|SE|N\.V\.|S\.A\.|S\.p\.A\.|SpA|KGaA|& Co\. KGaA)(?![\p{L}\p{N}])/u.exec(after)?.[0].length ?? 0;
}

/** The text just after the name makes it a company. */
export function companyContextAfter(after: string): boolean {
  return COMPANY_COMPOUND.test(after) || COMPANY_NEXT.test(after) || GLUED_PRODUCT.test(after);
}

export function companyContextBefore(before: string): boolean {
  return COMPANY_BEFORE.test(before.slice(-40));
}

/** "listed on Nasdaq", "Nasdaq-listed", "NASDAQ AAPL": the exchange, not its index. */
export function exchangeUsage(before: string, after: string): boolean {
  return /(?:listed on|traded on|an der|Börse)[\s\u00a0]+(?:the[\s\u00a0]+)?$/.test(before)
    || /^(?:-listed|-notiert|[\s\u00a0]+(?:exchange|Stock Market|[A-Z]{1,5}(?![\p{L}\p{N}])))/u.test(after);
}

/** The ticker printed in parentheses right after the name: "Apple (AAPL)", "Visa (NYSE: V)". */
export function tickerInParentheses(after: string): string | undefined {
  return /^[\s\u00a0]*\((?:[A-Za-z ]{2,14}:[\s\u00a0]?)?([A-Z0-9.-]{1,8})\)/.exec(after)?.[1];
}

const OPENING_QUOTES = new Set([...'„“"‚‘\'»«'].map(quote => quote.charCodeAt(0)));
const CLOSING_QUOTES = new Set([...'“”"‘’\'«»'].map(quote => quote.charCodeAt(0)));

/** Quoted alone („Pepsi“, "Apple"): a nickname or title, not the company. */
export function quotedAlone(before: string, after: string): boolean {
  return OPENING_QUOTES.has(before.charCodeAt(before.length - 1)) && CLOSING_QUOTES.has(after.charCodeAt(0));
}

const CREDIT_CUE = /(?:Foto|Fotos|Bild|Bilder|Photo|Image|Credit|Quelle|Source)s?[\s\u00a0]*:|©/u;

/** The block has a credit cue at all: most have none, and then no name needs the test below. */
export const hasCreditCue = (text: string): boolean => text.includes('©') || (text.includes(':') && CREDIT_CUE.test(text));

/** Photo credits and picture sources: "Foto: Getty Images", "Bild: Reuters", "© Apple". */
export function creditContext(before: string): boolean {
  return /(?:Foto|Fotos|Bild|Bilder|Photo|Image|Credit|Quelle|Source)s?[\s\u00a0]*:[\s\u00a0]*(?:[\p{L}.-]+[\s\u00a0]*\/[\s\u00a0]*)*$|©[\s\u00a0]*$/u.test(before);
}

/** German determiners and prepositions before a common noun ("aus dieser Rubrik"): not how news introduce a small company. */
export function germanNounContext(before: string): boolean {
  return /(?:^|[\s\u00a0(])(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|dieser|diese|dieses|diesem|jeder|jede|jedes|aus|zur|zum|im|am|vom|beim|kein|keine|seine|ihre|unsere)[\s\u00a0]+$/.test(before);
}

const ANALYST_BEFORE = /(?:Analyst\p{L}*|analysts?|Ökonom\p{L}*|economists?|Volkswirt\p{L}*|Strateg\p{L}*|strategists?|Experten?|according to|laut|Research von)\s+(?:\p{L}+\s+){0,4}$/u;
const ANALYST_AFTER = /^-?(?:Analyst|Ökonom|Volkswirt|Strateg|Experte|Chefvolkswirt|Research)|^(?:['’]s)?[\s\u00a0]+(?:[\p{L}.-]+[\s\u00a0]+){0,3}(?:analysts?|economists?|strategists?|Research|Analyst\p{L}*|Ökonom\p{L}*|Volkswirt\p{L}*|Strateg\p{L}*)(?![\p{L}])/u;
const RATING_CUE = /Kursziel|Einstufung|\bstuft|bewertet|empfiehlt|Prognose|prognostiziert|price target|forecasts?\b|[Oo]utperform|[Uu]nderperform|[Oo]verweight|[Uu]nderweight|Equal[ -]?[Ww]eight|Market Perform|Sector Perform|\b(?:Buy|Sell|Hold|Kaufen|Halten|Verkaufen|Neutral)\b|\brating\b|\bsieh?t\b[^.!?]{0,40}\b(?:bei|auf)[\s\u00a0]+\d|traut der Aktie|\bsees\b[^.!?]{0,40}\bat[\s\u00a0]+\$|\b(?:up|down)grade[ds]?\b|\b(?:hoch|herab|ab)gestuft|reiterated|initiated coverage|Kaufempfehlung|Verkaufsempfehlung|survey|Umfrage|note to clients|told clients|research note|Studie/;

/** A bank named as the source of a rating, forecast or comment in this sentence. */
export function ratingSourceContext(before: string, after: string): boolean {
  if (ANALYST_BEFORE.test(before.slice(-80)) || ANALYST_AFTER.test(after)) return true;
  const rest = after.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„"])/)[0] ?? after;
  const start = before.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„"])/).pop() ?? before;
  return RATING_CUE.test(rest.slice(0, 160)) || (RATING_CUE.test(start) && /\b(?:at|by|from|von|bei|der|des)[\s\u00a0]+$/.test(start));
}
