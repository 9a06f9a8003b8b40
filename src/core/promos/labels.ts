// Advertising labels ("Anzeige", "Sponsored by"), also when disguised with zero-width characters,
// soft hyphens, look-alike Cyrillic/Greek letters or letter spacing ("A n z e i g e").
import { de } from './locales/de';
import { en } from './locales/en';

/** Longest text a label element may have: labels are captions, not sentences. */
export const MAX_LABEL_LENGTH = 48;

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ѕ: 's', ј: 'j', ԁ: 'd', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ѕ: 'S', Ј: 'J',
  α: 'a', ε: 'e', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I',
  Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X',
};
const HOMOGLYPH_CLASS = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');

/** Runs of single letters separated by one space, dot or dash: "A n z e i g e". Each repeat eats two characters, so this stays linear. */
const SPACED_LETTERS = /(?<![\p{L}])(?:\p{L}[ .\-·]){3,}\p{L}(?![\p{L}])/gu;

const LABELS = [...new Set([...de.labels, ...en.labels])].sort((a, b) => b.length - a.length);
const LABEL_PATTERN = new RegExp(`(?<![\\p{L}])(?:${LABELS.map(escape).join('|')})(?![\\p{L}])`, 'iu');

const SECTION_CAPTIONS = [...de.sectionCaptions, ...en.sectionCaptions];

const NEGATED = /(?<![\p{L}])(?:ohne|keine?|werbefrei|no|without|free)(?![\p{L}])/iu;

export interface FoundLabel {
  /** The label as it reads once de-obfuscated, lower-case ("anzeige"). */
  label: string;
  /** True when the raw text hid the label (invisible characters, look-alikes, spacing). */
  disguised: boolean;
  /** Text around the label, de-obfuscated ("Gutscheine" in "Gutscheine (Anzeige)"). */
  rest: string;
  /** The caption heads a whole section of partner offers ("Serviceangebote unserer Partner"). */
  section?: true;
}

/** Undoes the usual tricks that keep a label from matching, and says whether any was used. */
export function normaliseLabelText(raw: string): { text: string; disguised: boolean } {
  const plain = raw.normalize('NFKC');
  // Invisible characters go first: JavaScript counts U+FEFF as whitespace.
  const visible = plain.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const latin = visible.replace(HOMOGLYPH_CLASS, char => HOMOGLYPHS[char] ?? char);
  const joined = latin.replace(SPACED_LETTERS, run => run.replace(/[ .\-·]/g, ''));
  return { text: joined, disguised: joined !== plain.replace(/\s+/g, ' ').trim() };
}

/** The advertising label in a short caption, or undefined. Very short labels ("Ad") must be the whole caption. */
export function findLabel(raw: string): FoundLabel | undefined {
  if (raw.length > MAX_LABEL_LENGTH * 2) return undefined;
  const { text, disguised } = normaliseLabelText(raw);
  if (text.length === 0 || text.length > MAX_LABEL_LENGTH) return undefined;
  const caption = text.toLowerCase();
  if (SECTION_CAPTIONS.some(pattern => pattern.test(caption))) return { label: caption, disguised, rest: '', section: true };
  const match = LABEL_PATTERN.exec(text);
  if (!match) return undefined;
  const label = match[0].toLowerCase().replace(/\s+/g, ' ');
  const before = text.slice(0, match.index).trim();
  const after = text.slice(match.index + match[0].length).trim();
  if (!isCaption(label, before, after)) return undefined;
  const rest = `${before} ${after}`.replace(/[\s()[\]|:·•–—-]+/g, ' ').trim();
  // "Ohne Werbung lesen", "No ads": offers to remove ads, not labels.
  if (NEGATED.test(before)) return undefined;
  return { label, disguised: disguised && !LABEL_PATTERN.test(raw), rest };
}

/**
 * Whether the label word is used as a caption, not as a noun in a name ("Mediadaten / Werbung",
 * "Vertrag mit Werbung:"): alone, in brackets ("Gutscheine (Anzeige)"), leading with a separator
 * ("Anzeige: …") or as a sponsor line ("Market Update sponsored by", "Sponsored by Snowflake").
 */
function isCaption(label: string, before: string, after: string): boolean {
  if (before === '' && after === '') return true;
  if (label.length < 4) return false;
  if (/[([]$/.test(before) && /^[)\]]/.test(after)) return true;
  if (/\b(?:by|von)$/.test(label)) return true;
  return before === '' && /^[:|·•–—]/.test(after);
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
