// Documented cases of the instrument recogniser, run by test/core/instrument/. Each case is one
// article (blocks in one language); `expect` lists the instrument mentions in reading order.
import type { InstrumentFact } from '../../fact-sheet';
import type { Lang } from '../../types';

export interface InstrumentExample {
  lang: Lang;
  blocks: string[];
  /** Each mention's text plus the fields that identify it (symbol, or name for indices, ISIN, WKN). */
  expect: Array<Partial<Omit<InstrumentFact, 'kind'>>>;
}

const one = (lang: Lang, text: string, expect: InstrumentExample['expect']): InstrumentExample => ({ lang, blocks: [text], expect });

export const instrumentExamples: readonly InstrumentExample[] = [
  // explicit identifiers
  one('en', 'Shares of $AMZN and $NVDA rallied.', [{ text: '$AMZN', symbol: 'AMZN' }, { text: '$NVDA', symbol: 'NVDA' }]),
  one('en', 'Coca-Cola (NYSE:KO) and Amazon.com, Inc. (NASDAQ: AMZN) reported.', [
    { text: 'Coca-Cola', symbol: 'KO' }, { text: 'NYSE:KO', symbol: 'KO', exchange: 'NYSE' },
    { text: 'Amazon.com, Inc.', symbol: 'AMZN' }, { text: 'NASDAQ: AMZN', symbol: 'AMZN' },
  ]),
  one('de', 'SAP (XETRA: SAP) und Siemens (ETR:SIE) legten zu.', [
    { text: 'SAP', symbol: 'SAP' }, { text: 'XETRA: SAP', symbol: 'SAP' }, { text: 'Siemens', symbol: 'SIE' }, { text: 'ETR:SIE', symbol: 'SIE' },
  ]),
  one('en', 'SoftBank (9984.T) and SAP.DE fell; BRK.B rose.', [
    { text: 'SoftBank', symbol: '9984' }, { text: '9984.T', symbol: '9984' }, { text: 'SAP.DE', symbol: 'SAP' }, { text: 'BRK.B', symbol: 'BRK.B' },
  ]),
  one('en', 'Apple AAPL.O gained while the S&P 500 .SPX and the Nikkei futures NKc1 slipped.', [
    { text: 'Apple', symbol: 'AAPL' }, { text: 'AAPL.O', symbol: 'AAPL' }, { text: 'S&P 500', name: 'S&P 500', symbol: '.SPX' },
    { text: '.SPX', symbol: '.SPX' }, { text: 'Nikkei', name: 'Nikkei 225', symbol: 'NKc1' }, { text: 'NKc1', symbol: 'NKc1' },
  ]),
  one('de', 'Die Amazon-Aktie (ISIN US0231351067, WKN 906866) stieg.', [
    { text: 'Amazon', symbol: 'AMZN' }, { text: 'US0231351067', isin: 'US0231351067' }, { text: 'WKN 906866', symbol: 'AMZN', wkn: '906866' },
  ]),
  one('de', 'Die Bundesanleihe mit der Wertpapierkennnummer 110258 notierte bei 100.', [
    { text: 'Wertpapierkennnummer 110258', wkn: '110258', isin: 'DE0001102580' },
  ]),
  // names, possessives and compounds
  // The source data also gave STMicroelectronics the name "Stabilus": a name shared that way needed company
  // context; it now belongs to the company called so alone.
  one('de', 'Stabilus hob die Prognose an, STMicroelectronics senkte sie.', [
    { text: 'Stabilus', symbol: 'STM', isin: 'LU1066226637' }, { text: 'STMicroelectronics', symbol: 'SGM' },
  ]),
  one('de', 'Amazons Cloud-Sparte wächst, der Nvidia-Chef ist zufrieden, und die Alphabet-Tochter Google auch.', [
    { text: 'Amazon', symbol: 'AMZN' }, { text: 'Nvidia', symbol: 'NVDA' }, { text: 'Alphabet', symbol: 'GOOGL' }, { text: 'Google', symbol: 'GOOGL' },
  ]),
  one('en', "Apple's iPhone sales beat estimates, Apple Inc. said. Meta and Facebook are the same company.", [
    { text: 'Apple', symbol: 'AAPL' }, { text: 'Apple Inc.', symbol: 'AAPL' }, { text: 'Meta', symbol: 'META' }, { text: 'Facebook', symbol: 'META' },
  ]),
  one('de', 'VW, Mercedes-Benz und die Deutsche Bank gehörten zu den Gewinnern im DAX, der MDAX gab nach.', [
    { text: 'VW', symbol: 'VOW3' }, { text: 'Mercedes-Benz', symbol: 'MBG' }, { text: 'Deutsche Bank', symbol: 'DBK' },
    { text: 'DAX', name: 'DAX' }, { text: 'MDAX', name: 'MDAX' },
  ]),
  one('en', 'The Dow Jones, the Nasdaq-100, the Euro Stoxx 50, the Hang Seng and the FTSE 100 all rose.', [
    { text: 'Dow Jones', name: 'Dow Jones Industrial Average' }, { text: 'Nasdaq-100', name: 'Nasdaq-100' },
    { text: 'Euro Stoxx 50', name: 'Euro Stoxx 50' }, { text: 'Hang Seng', name: 'Hang Seng' }, { text: 'FTSE 100', name: 'FTSE 100' },
  ]),
  // short news names derived from legal ones ("Lucid Group" → Lucid, "T-Mobile US" → T-Mobile, "Stadler Rail" → Stadler)
  one('de', 'Neben Tesla und dessen Gegner Lucid drängen Chinesen nach Europa. Nio glänzt mit Reichweiten.', [
    { text: 'Tesla', symbol: 'TSLA' }, { text: 'Lucid', symbol: 'LCID' }, { text: 'Nio', symbol: 'NIO' },
  ]),
  one('de', 'In Madrid schaut man auf die französische Alstom und Stadler aus der Schweiz.', [{ text: 'Alstom', symbol: 'ALO' }, { text: 'Stadler', symbol: 'SRAIL' }]),
  one('en', "Teens love Apple's AirPods. T-Mobile CEO John Legere is stepping down.", [{ text: 'Apple', symbol: 'AAPL' }, { text: 'T-Mobile', symbol: 'TMUS' }]),
  one('de', 'Gegen Paypal, ApplePay und GooglePay, nicht gegen Applewatch.', [
    { text: 'Paypal', symbol: 'PYPL' }, { text: 'Apple', symbol: 'AAPL' }, { text: 'Google', symbol: 'GOOGL' },
  ]),
  // a hand-written news name belongs to its company, not to a namesake ("Foxconn" = Hon Hai, not Foxconn Technology)
  one('de', 'Zudem steigt der iPhone-Fertiger Foxconn ein.', [{ text: 'Foxconn', symbol: '2317' }]),
  // a legal form that tells namesakes apart is part of the name: "Porsche SE" is the holding, not the carmaker
  one('de', 'Die Aktie der Porsche SE fiel, Porsche AG hielt sich.', [{ text: 'Porsche SE', symbol: 'PAH3' }, { text: 'Porsche AG', symbol: 'P911' }]),
  // names that begin in lower case are read in lower case only
  one('de', 'Der Dollar-Index fiel, innogy und eBay stiegen.', [{ text: 'Dollar-Index', name: 'US Dollar Index' }, { text: 'innogy', symbol: 'IGY' }, { text: 'eBay', symbol: 'EBAY' }]),
  one('en', 'Home Depot and Lowe’s gained.', [{ text: 'Home Depot', symbol: 'HD' }, { text: 'Lowe’s', symbol: 'LOW' }]),
  // a common-word name counts once the article names the company unambiguously
  { lang: 'en', blocks: ['Apple shares rose 2%.', 'Apple plans a new campus.'], expect: [{ text: 'Apple', symbol: 'AAPL' }, { text: 'Apple', symbol: 'AAPL' }] },
  // banks cited only as rating sources are not instruments
  one('de', 'RBC Capital Markets hält an "Outperform" fest, JPMorgan sieht die Amazon-Aktie bei 305 Dollar.', [{ text: 'Amazon', symbol: 'AMZN' }]),
  one('en', 'Morgan Stanley analyst Jane Doe upgraded Nike to overweight.', [{ text: 'Nike', symbol: 'NKE' }]),
  one('de', 'Die Aktie der Deutschen Bank stieg, Analysten der Commerzbank rechnen mit mehr.', [{ text: 'Deutschen Bank', symbol: 'DBK' }]),
  one('en', 'Deutsche Wohnen price target raised to EUR 61 from EUR 59 at Barclays.', [{ text: 'Deutsche Wohnen', symbol: 'DWNI' }]),
  // news outlets and brands are not the listed parent
  one('en', 'NEW YORK (Reuters) - Amazon told CNBC and the Wall Street Journal that Whole Foods will grow.', [{ text: 'Amazon', symbol: 'AMZN' }]),
];

/** Texts in which no instrument may be found. */
export const instrumentNegatives: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'A new IT policy is ON for ALL staff NOW, the CEO of the EU agency told the USA and AI experts at the ETF forum.',
    'We hiked deep into the Amazon rainforest and ate apple pie by a shell on the beach.',
    'The Apple pie recipe needs a visa for the target audience, said the shell company.',
    'Dana Ortiz, a portfolio manager, said Monday that Tim and Grace will meet in Phoenix on Nov. 3.',
    'Listen to the podcast on Spotify. Photo: Getty Images',
    'The European Medicines Agency (EMA) and Christian Lindner (FDP) met on Friday.',
    'CAT scans and BE careful: the Orange sky over Target Field was a Total Eclipse.',
    '"Here\'s a deal," he said of Michael Dell\'s buyout. "Tim\'s 13 years of service were great."',
  ],
  de: [
    'Die EU und die USA wollen IT-Experten und KI-Forscher für ALLE Branchen gewinnen, sagte der CEO.',
    'Der Apfel fällt nicht weit vom Stamm, sagte Oma beim Apple Crumble im Regenwald am Amazonas.',
    'Die Allianz „ClimateAction 100“ und das Deutsche Aktieninstitut (DAI) trafen sich in der Linde.',
    'Mehr Artikel aus dieser Rubrik gibt es hier. Abonnieren Sie den Podcast bei Spotify und Apple Podcast.',
    'Die Luxusuhr mit dem Spitznamen „Pepsi“ ist selten zu haben, ebenso die „Hulk“.',
    'Ein Shell-Schalter, eine Post-Filiale und ein Visa-Antrag: Deutschland bleibt bürokratisch.',
    'ams Osram: Trotz 400 Millionen-Deal starker Umsatzrückgang 31.10.2023',
  ],
};
