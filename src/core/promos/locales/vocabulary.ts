// Shape of one locale's promo vocabulary: phrases as data, grouped by the signal they feed.
// Patterns are matched case-insensitively against normalised block text; keep them linear.

export interface PromoVocabulary {
  /** Advertising labels, lower-case, matched as whole words ("anzeige", "sponsored by"). */
  labels: readonly string[];
  /**
   * Labels whose empty slots are still reported (once per page, GOLD-CONVENTIONS): the markings
   * German press law requires and the visible "Advertisement" caption. Screen-reader-only captions
   * (NYT) are no slot a reader sees; see visible-text.ts.
   */
  slotLabels: readonly string[];
  /**
   * Whole captions that head a section of partner offers ("Serviceangebote unserer Partner"): the
   * publisher's way of marking affiliate boxes, matched against the lower-cased caption.
   */
  sectionCaptions: readonly RegExp[];
  /** "Kaufen oder verkaufen?", "Should you invest … right now?" */
  buyOrSell: readonly RegExp[];
  /** "Gratis-Analyse", "free report", "Sonderreport" */
  freeOffer: readonly RegExp[];
  /** Paid investing products and their boilerplate ("Stock Advisor", "MarketBeat", "Börsenbrief"). */
  salesProduct: readonly RegExp[];
  /** Newsletter, broker and event sign-ups ("Depot eröffnen", "Register now"). */
  signUpOffer: readonly RegExp[];
  /** Price cuts on an offer ("save 40%", "für nur 1 €"). */
  discount: readonly RegExp[];
  /** Savings-rate lures ("bis zu vier Prozent … den besten Zins", "earn up to 5% APY"). */
  rateOffer: readonly RegExp[];
  urgency: readonly RegExp[];
  /** Registration buttons of events ("Register now", "Jetzt Ticket sichern"): an event ad with eventDates. */
  eventSignUp: readonly RegExp[];
  /** A calendar day with its month name ("08 June", "October 18-20", "18. Oktober"). */
  eventDates: readonly RegExp[];
  callToAction: readonly RegExp[];
  /** Selling second-person address ("erfahren Sie was jetzt zu tun ist", "you'll want to"). */
  investorAddress: readonly RegExp[];
  /** Headings of editorial link lists ("Meistgelesen", "Related articles"): damp the score. */
  editorialLists: readonly RegExp[];
  /** Second halves of "Amazon-Aktie / Amazon-Analyse / Amazon-Zahlen" template compounds. */
  templateSuffixes: readonly string[];
}
