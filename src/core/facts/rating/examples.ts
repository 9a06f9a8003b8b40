// Worked cases for the rating recogniser, German and English: the ratings a careful reader marks
// (house, scale word and class, target, action), and text that names houses but holds no rating.
import type { RatingFact } from '../../fact-sheet';
import type { Lang } from '../../types';

export type ExpectedRating = Pick<RatingFact, 'firm' | 'raw' | 'rating' | 'target' | 'previousTarget' | 'action'>;

export interface RatingExample {
  lang: Lang;
  text: string;
  ratings: ExpectedRating[];
}

const eur = (value: number) => ({ value, currency: 'EUR' });
const usd = (value: number) => ({ value, currency: 'USD' });
const gbp = (value: number) => ({ value, currency: 'GBP' });

export const RATING_EXAMPLES: readonly RatingExample[] = [
  {
    lang: 'de',
    text: 'Jefferies hat das Kursziel für SAP von 290 auf 300 Euro angehoben und die Einstufung auf \'Buy\' belassen.',
    ratings: [{ firm: 'Jefferies', raw: 'Buy', rating: 'buy', target: eur(300), previousTarget: eur(290), action: 'raise-target' }],
  },
  {
    lang: 'de',
    text: 'Trotz der Tagesverluste bleibt die Analystenstimmung positiv: RBC Capital Markets hält an "Outperform" mit Kursziel 300 Dollar fest, JPMorgan sieht die Aktie bei 305 Dollar.',
    ratings: [
      { firm: 'RBC Capital Markets', raw: 'Outperform', rating: 'buy', target: usd(300), action: 'reiterate' },
      { firm: 'JPMorgan', target: usd(305) },
    ],
  },
  {
    lang: 'de',
    text: 'Die US-Bank Goldman Sachs hat die Einstufung für Siemens auf \'Buy\' mit einem Kursziel von 230 Euro belassen.',
    ratings: [{ firm: 'Goldman Sachs', raw: 'Buy', rating: 'buy', target: eur(230), action: 'reiterate' }],
  },
  {
    lang: 'de',
    text: 'Die Analysten von Berenberg stufen die Aktie von Halten auf Kaufen hoch.',
    ratings: [{ firm: 'Berenberg', raw: 'Kaufen', rating: 'buy', action: 'upgrade' }],
  },
  {
    lang: 'de',
    text: 'Die Privatbank Metzler nimmt Hugo Boss mit "Overweight" und einem Kursziel von 60 Euro in die Bewertung auf.',
    ratings: [{ firm: 'Metzler', raw: 'Overweight', rating: 'buy', target: eur(60), action: 'initiate' }],
  },
  {
    lang: 'de',
    text: 'Warburg Research hat Hugo Boss von "Buy" auf "Hold" abgestuft. Das Analysehaus Montega senkte das Kursziel für Zalando auf 28 Euro und bestätigte "Reduzieren".',
    ratings: [
      { firm: 'Warburg Research', raw: 'Hold', rating: 'hold', action: 'downgrade' },
      { firm: 'Montega', raw: 'Reduzieren', rating: 'sell', target: eur(28), action: 'cut-target' },
    ],
  },
  {
    lang: 'de',
    text: 'Die DZ Bank belässt BASF auf "Kaufen" mit einem fairen Wert von 55 Euro, die Deutsche Bank senkte das Ziel für Mercedes-Benz von 75 auf 70 Euro und stuft die Aktie mit "Hold" ein.',
    ratings: [
      { firm: 'DZ Bank', raw: 'Kaufen', rating: 'buy', target: eur(55), action: 'reiterate' },
      { firm: 'Deutsche Bank Research', raw: 'Hold', rating: 'hold', target: eur(70), previousTarget: eur(75), action: 'cut-target' },
    ],
  },
  {
    lang: 'de',
    text: 'Die Experten von Bernstein bestätigten ihr Outperform-Votum. Das Kursziel liegt weiter bei 120 Euro. Die Aktie schloss bei 101 Euro.',
    ratings: [{ firm: 'Bernstein', raw: 'Outperform', rating: 'buy', target: eur(120), action: 'reiterate' }],
  },
  {
    lang: 'de',
    text: 'Goldman Sachs hebt Infineon auf \'Buy\' - Ziel 45 Euro',
    ratings: [{ firm: 'Goldman Sachs', raw: 'Buy', rating: 'buy', target: eur(45), action: 'upgrade' }],
  },
  {
    lang: 'de',
    text: 'Die Aktie kostet 50 Euro - Kursziel 60 Euro laut JPMorgan. Barclays sieht ein 300-Euro-Kursziel.',
    ratings: [{ firm: 'JPMorgan', target: eur(60) }, { firm: 'Barclays', target: eur(300) }],
  },
  {
    lang: 'de',
    text: 'Das durchschnittliche Kursziel der Analysten liegt bei 1.985 Euro.',
    ratings: [{ firm: 'Consensus', target: eur(1985) }],
  },
  {
    lang: 'en',
    text: 'Morgan Stanley upgraded Nike to overweight from equal-weight and raised its price target to $250 from $210.',
    ratings: [{ firm: 'Morgan Stanley', raw: 'overweight', rating: 'buy', target: usd(250), previousTarget: usd(210), action: 'upgrade' }],
  },
  {
    lang: 'en',
    text: 'Jefferies initiated coverage of Snowflake with an outperform rating. Barclays cut its price objective on Tesco to 1,450 pence.',
    ratings: [
      { firm: 'Jefferies', raw: 'outperform', rating: 'buy', action: 'initiate' },
      { firm: 'Barclays', target: gbp(14.5), action: 'cut-target' },
    ],
  },
  {
    lang: 'en',
    text: 'Morgan Stanley upgraded Nike to overweight. The firm also raised its price target to $95 from $80.',
    ratings: [{ firm: 'Morgan Stanley', raw: 'overweight', rating: 'buy', target: usd(95), previousTarget: usd(80), action: 'upgrade' }],
  },
  {
    lang: 'en',
    text: 'Wedbush reiterated a Buy rating and $300 price target on Tesla shares.',
    ratings: [{ firm: 'Wedbush', raw: 'Buy', rating: 'buy', target: usd(300), action: 'reiterate' }],
  },
  {
    lang: 'en',
    text: 'Analysts at Barclays lowered their target price on Intel to $40.',
    ratings: [{ firm: 'Barclays', target: usd(40), action: 'cut-target' }],
  },
  {
    lang: 'en',
    text: 'Analysts have a consensus "Moderate Buy" rating and an average price target of $210.',
    ratings: [{ firm: 'Consensus', raw: 'Moderate Buy', rating: 'buy', target: usd(210) }],
  },
  {
    lang: 'en',
    text: 'Morgan Stanley raised their target price on Apple from $273.00 to $298.00 and gave the company an "overweight" rating. Citigroup decreased their price target on shares of Apple from $300.00 to $290.00 and set a "buy" rating. Finally, Wall Street Zen upgraded Apple from a "hold" rating to a "buy" rating.',
    ratings: [
      { firm: 'Morgan Stanley', raw: 'overweight', rating: 'buy', target: usd(298), previousTarget: usd(273), action: 'raise-target' },
      { firm: 'Citigroup', raw: 'buy', rating: 'buy', target: usd(290), previousTarget: usd(300), action: 'cut-target' },
      { firm: 'Wall Street Zen', raw: 'buy', rating: 'buy', action: 'upgrade' },
    ],
  },
  {
    lang: 'en',
    text: 'Ideaya Biosciences price target raised to $31 from $23 at Roth Capital',
    ratings: [{ firm: 'Roth Capital', target: usd(31), previousTarget: usd(23), action: 'raise-target' }],
  },
  {
    lang: 'en',
    text: 'Deutsche Wohnen upgraded to Buy from Hold at Societe Generale',
    ratings: [{ firm: 'Societe Generale', raw: 'Buy', rating: 'buy', action: 'upgrade' }],
  },
  {
    lang: 'en',
    text: 'Morgan Stanley analyst Anvesh Agrawal raised the firm\'s price target on Babcock to 260 GBp from 240 GBp and keeps an Equal Weight rating on the shares.',
    ratings: [{ firm: 'Morgan Stanley', raw: 'Equal Weight', rating: 'hold', target: gbp(2.6), previousTarget: gbp(2.4), action: 'raise-target' }],
  },
  {
    lang: 'en',
    text: 'Pinnacle Securities analysts downgraded the shares to underperform.',
    ratings: [{ firm: 'Pinnacle Securities', raw: 'underperform', rating: 'sell', action: 'downgrade' }],
  },
];

/** Houses, analysts and scale-like words, but no rating. */
export const NOT_RATINGS: ReadonlyArray<{ lang: Lang; text: string }> = [
  { lang: 'en', text: 'Citi analyst Jane Doe said demand looked solid.' },
  { lang: 'en', text: 'JPMorgan economists expect rates to fall, while the bank\'s strategists told clients to buy dips in U.S. equities.' },
  { lang: 'en', text: 'JPMorgan reported third-quarter net income of $15.1 billion and raised its dividend to $1.50 a share.' },
  { lang: 'en', text: 'Wells Fargo set a target of $2.4 billion in further expense cuts.' },
  { lang: 'en', text: '"Sell-side analysts remain overwhelmingly positive on the sector," BofA strategist Michael Hartnett wrote.' },
  { lang: 'en', text: 'Morgan Stanley\'s chief U.S. equity strategist sees the S&P 500 at 7,000 by the end of next year.' },
  { lang: 'en', text: 'Goldman Sachs told investors it was a good time to buy the stock and hold it for years.' },
  { lang: 'de', text: 'Anleger sollten jetzt kaufen, sagte ein Händler. Amazon-Aktie: Kaufen oder verkaufen?!' },
  { lang: 'de', text: 'Die Deutsche Bank hat im dritten Quartal 2 Milliarden Euro verdient und will die Kosten senken.' },
  { lang: 'de', text: 'Die Commerzbank-Analysten äußerten sich nicht; Analyst Max Muster von der DZ Bank hält die Zahlen für solide.' },
  { lang: 'de', text: 'Die Deutsche Bank hat sich das Ziel gesetzt, bis 2027 rund 2 Milliarden Euro einzusparen.' },
];
