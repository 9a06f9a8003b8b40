// German promo vocabulary (finanztrends / boerse.de / finanzen.net / deraktionaer style teasers).
import type { PromoVocabulary } from './vocabulary';

export const de: PromoVocabulary = {
  labels: ['anzeige', 'anzeigen:', 'werbung', 'reklame', 'advertorial', 'gesponsert', 'sponsored', 'werbeanzeige', 'sonderveröffentlichung', 'partnerinhalt', 'partner-inhalt', 'gesponsert von', 'präsentiert von'],
  slotLabels: ['anzeige', 'werbung', 'reklame'],
  sectionCaptions: [/^(?:service-?)?angebote (?:unserer |von (?:unseren )?)(?:[\p{L}\d.]+-)?partner(?:n|s)?$/u, /^partner-?angebote$/],
  buyOrSell: [
    /\b(?:kaufen|nachkaufen|verkaufen|halten|einsteigen|aussteigen),? (?:halten )?oder (?:kaufen|nachkaufen|verkaufen|halten|einsteigen|aussteigen)\b/,
    /\bsollten (?:anleger|sie|aktionäre|investoren) (?:jetzt |sofort |lieber |besser )?(?:verkaufen|kaufen|einsteigen|aussteigen|zugreifen)\b/,
    /\blohnt sich (?:doch |jetzt |noch |ein |der )*einstieg\b/,
    /\bwas (?:anleger |sie )?jetzt zu tun ist\b/,
  ],
  freeOffer: [
    /\bgratis[- ]?(?:analyse|report|studie|ratgeber|webinar|e-?book|börsenbrief|aktienanalyse|depot)/,
    /\bkostenlose[nrs]? (?:aktien)?(?:analyse|report|sonderreport|spezialreport|studie|ratgeber|webinar|e-?book|börsenbrief|trading-?signale)/,
    /\b(?:sonder|spezial|exklusiv)-?(?:report|analyse)\b/,
    /\bjetzt (?:kostenlos|gratis) (?!anmelden|registrieren|abonnieren)/,
  ],
  salesProduct: [
    /\bbörsenbrief/,
    /\bpremium-?(?:mitglied|abo|dienst|service|depot)/,
    /\btrading-?signale\b/,
    /\bmusterdepot\b/,
  ],
  signUpOffer: [
    /\b(?:depot|konto|tagesgeldkonto) (?:jetzt |kostenlos )?eröffnen\b/,
    /\bjetzt (?:depot|konto|anmelden|registrieren|abonnieren|bestellen|sichern|anfordern)\b/,
    /\bnewsletter (?:jetzt )?(?:abonnieren|bestellen)\b/,
    /\b(?:prämie|bonus|startguthaben) sichern\b/,
    /\bfür neukunden\b/,
  ],
  discount: [
    /\b(?:spare|sparen sie|sparen) (?:bis zu )?\d+ ?(?:%|prozent)/,
    /\b\d+ ?(?:%|prozent) rabatt\b/,
    /\bfür nur \d+(?:,\d+)? ?(?:€|euro)\b/,
  ],
  rateOffer: [
    /\bbis zu (?:\d+(?:,\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) ?(?:%|prozent)\b[^.!?]{0,60}\bzins/,
    /\b(?:den |die )?(?:besten|höchsten) (?:sicheren |festen )?(?:zins|zinsen|tagesgeldzins|festgeldzins)\b/,
  ],
  urgency: [
    /\b(?:holen|sichern) sie sich (?:jetzt|noch heute)\b/,
    /\bnur noch heute\b/,
    /\bnur (?:noch )?bis (?:zum )?\d{1,2}\. ?[a-zä]+/,
    /\bnur (?:für|noch) kurze zeit\b/,
    /\bdringende[rn]? handlungsbedarf\b/,
    /\b(?:jetzt|sofort) handeln\b/,
    /\bbevor es zu spät ist\b/,
    /\bletzte chance\b/,
    /\bzeitlich begrenzt\b/,
    /\b(?:aktionäre|anleger|investoren) aufgepasst\b/,
  ],
  eventSignUp: [
    /\bjetzt (?:ticket|tickets|platz|plätze|teilnahme) (?:sichern|buchen)\b/,
    /\b(?:tickets?|platz) sichern\b/,
    /\bzur anmeldung\b/,
  ],
  eventDates: [/\b\d{1,2}\. ?(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/],
  callToAction: [
    /\bhier weiterlesen\b/,
    /\bjetzt (?:lesen|weiterlesen|informieren|herunterladen|downloaden|testen|starten)\b/,
    /\bmehr erfahren\b/,
    /\b(?:hier klicken|klicken sie hier)\b/,
    /\bhier (?:gratis |kostenlos )?(?:anfordern|herunterladen|downloaden)\b/,
    /\b(?:weiter )?zu[mr] (?:gratis-?)?(?:analyse|report|angebot)\b/,
  ],
  investorAddress: [
    /\berfahren sie\b/,
    /\bsollten sie (?:jetzt|lieber|sofort)\b/,
    /\b(?:ihr|ihre|ihren) (?:depot|rendite|vermögen|geld) (?:jetzt )?(?:vervielfachen|verdoppeln|absichern)\b/,
  ],
  editorialLists: [
    /^(?:meistgelesen|mehr zum thema|weitere artikel|verwandte artikel|auch interessant|lesen sie auch|neueste artikel|top-?themen|empfehlungen der redaktion|aktuelle nachrichten|weitere nachrichten)\b/,
  ],
  templateSuffixes: ['aktie', 'analyse', 'zahlen', 'aktionäre', 'chart', 'prognose', 'kursziel', 'dividende', 'anleger'],
};
