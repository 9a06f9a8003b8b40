// German rating vocabulary, as in dpa-AFX notes and portal rewrites ("hat das Kursziel für SAP
// von 290 auf 300 Euro angehoben und die Einstufung auf 'Buy' belassen").
import type { RatingVocabulary } from './types';

export const deRating: RatingVocabulary = {
  scale: {
    Kaufen: { rating: 'buy', tier: 'capital' },
    Akkumulieren: { rating: 'buy', tier: 'capital' },
    Übergewichten: { rating: 'buy', tier: 'open' },
    Kaufempfehlung: { rating: 'buy', tier: 'open' },
    Kaufvotum: { rating: 'buy', tier: 'open' },
    Halten: { rating: 'hold', tier: 'capital' },
    Marktgewichten: { rating: 'hold', tier: 'open' },
    Halteempfehlung: { rating: 'hold', tier: 'open' },
    Verkaufen: { rating: 'sell', tier: 'capital' },
    Reduzieren: { rating: 'sell', tier: 'capital' },
    Untergewichten: { rating: 'sell', tier: 'open' },
    Verkaufsempfehlung: { rating: 'sell', tier: 'open' },
    Verkaufsvotum: { rating: 'sell', tier: 'open' },
  },
  scaleLeads: ['auf', 'von', 'mit', 'an', 'als', 'Votum', 'Einstufung', 'Rating', 'Empfehlung', 'Anlageurteil'],
  scaleTails: ['eingestuft', 'Einstufung', 'Rating', 'Votum', 'Empfehlung', 'bewertet', 'belassen', 'bestätigt'],
  scaleFollowers: [
    'hoch', 'herauf', 'ab', 'herab', 'herunter', 'und', 'mit', 'von', 'auf', 'belassen', 'bestätigt', 'eingestuft', 'ein', 'gesenkt',
    'angehoben', 'abgestuft', 'hochgestuft', 'bewertet', 'zurück', 'fest', 'bei', 'nach', 'an', 'gestuft', 'aufgenommen', 'wieder',
  ],
  fromWords: ['von'],
  toWords: ['auf'],
  targetWords: [
    'Kursziel', 'Kursziels', 'Ziel', 'Ziels', 'Kursziele', 'Kurszielen', 'Kurszielsenkung', 'Kurszielanhebung',
    'Zielkurs', 'Zielkurses', 'Preisziel', 'Preisziels', 'Kursprognose', 'Kursprognosen', 'fairen Wert', 'fairer Wert', 'faire Wert',
    'fairen Werts',
  ],
  targetPhrases: [
    String.raw`sieht (?:die Aktie|das Papier|den Titel|den Wert|den fairen Wert|die Papiere)(?: \p{L}+){0,3} bei`,
    String.raw`traut (?:der Aktie|dem Papier|dem Titel)(?: \p{L}+){0,3}`,
  ],
  actions: {
    upgrade: [
      String.raw`hochgestuft`, String.raw`heraufgestuft`, String.raw`raufgestuft`, String.raw`Hochstufung`, String.raw`Heraufstufung`,
      String.raw`stuf(?:t|en|te|ten) [^.;]{0,80}?(?:hoch|herauf|rauf)(?![\p{L}])`,
    ],
    downgrade: [
      String.raw`abgestuft`, String.raw`herabgestuft`, String.raw`heruntergestuft`, String.raw`runtergestuft`, String.raw`Abstufung`, String.raw`Herabstufung`,
      String.raw`stuf(?:t|en|te|ten) [^.;]{0,80}?(?:ab|herab|herunter|runter)(?![\p{L}])`,
    ],
    initiate: [
      String.raw`in die (?:Bewertung|Beobachtung|Coverage) (?:auf)?genommen`, String.raw`nimmt [^.;]{0,80}?in die (?:Bewertung|Beobachtung|Coverage) auf`,
      String.raw`nehmen [^.;]{0,80}?in die (?:Bewertung|Beobachtung|Coverage) auf`, String.raw`Ersteinstufung`, String.raw`erstmals (?:bewertet|eingestuft)`,
      String.raw`Bewertung (?:aufgenommen|wieder aufgenommen)`, String.raw`Coverage (?:gestartet|aufgenommen)`,
    ],
    'raise-target': [
      String.raw`angehoben`, String.raw`erhöh(?:t|te|ten|en)`, String.raw`hochgesetzt`, String.raw`heraufgesetzt`, String.raw`heb(?:t|en)`,
      String.raw`hob(?:en)?`, String.raw`Anhebung`, String.raw`Kurszielanhebung`,
    ],
    'cut-target': [
      String.raw`gesenkt`, String.raw`senk(?:t|te|ten|en)`, String.raw`reduzier(?:t|te|ten|en)`, String.raw`gekappt`, String.raw`kapp(?:t|te|ten|en)`,
      String.raw`gekürzt`, String.raw`kürz(?:t|te|ten|en)`, String.raw`gestutzt`, String.raw`Senkung`, String.raw`Kurszielsenkung`,
    ],
    reiterate: [
      String.raw`belassen`, String.raw`belässt`, String.raw`beließen?`, String.raw`bestätig(?:t|te|ten|en)`, String.raw`bekräftig(?:t|te|ten|en)`,
      String.raw`beibehalten`, String.raw`h(?:ä|a|ie)lt(?:en)? [^.;]{0,80}?fest`, String.raw`bleib(?:t|en) bei`, String.raw`blieb(?:en)? bei`,
    ],
  },
  consensus: [String.raw`Analystenkonsens`, String.raw`Konsens`, String.raw`durchschnittliche[ns]? Kursziel`, String.raw`mittlere[ns]? Kursziel`],
  firmLeads: [
    String.raw`(?:Analysten|Experten|Analyst|Analystin) (?:von|der|des|bei)`,
    String.raw`(?:Investmentbank|US-Investmentbank|US-Bank|Bank|Großbank|Privatbank|Schweizer Bank|britische Bank|Analysehaus|Researchhaus|Research-Haus|Finanzdienstleister|Broker|Landesbank) (?:von )?`,
  ],
  firmTails: [],
  trailingLeads: ['bei', 'laut'],
  quotedPrice: [
    String.raw`schlo(?:ss|ß)(?: \p{L}+){0,4} (?:bei|mit)`, String.raw`notiert(?:e|en)?(?: \p{L}+){0,4} (?:bei|mit)`, String.raw`kostet(?:e|en)?(?: \p{L}+){0,3}`,
    String.raw`st(?:eht|and|anden) (?:\p{L}+ ){0,3}bei`, String.raw`zuletzt(?: \p{L}+){0,3} (?:bei|zu|mit)`, String.raw`Schlusskurs(?:es)? (?:von|bei|lag bei)`,
    String.raw`Aktienkurs (?:von|bei|lag bei)`, String.raw`aktuellen Kurs von`, String.raw`gehandelt(?: \p{L}+){0,2} (?:bei|zu|für)`, String.raw`Kurs von`,
  ],
};
