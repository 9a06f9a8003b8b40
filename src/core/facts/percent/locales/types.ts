// The shape of one language's percent vocabulary (data only; ../patterns.ts compiles it).

export interface PercentVocabulary {
  /** Unit words after the number; true = percentage points ("Prozentpunkte"), kept apart from percentages. */
  units: Readonly<Record<string, boolean>>;
  /** Words before a percentage that make it a fall ("ein Minus von", "verlor", "fell", "down"). */
  negativeCues: readonly string[];
  /** Words right after a percentage that make it a fall ("0,5 Prozent tiefer", "2% lower"). */
  negativeAfter: readonly string[];
}
