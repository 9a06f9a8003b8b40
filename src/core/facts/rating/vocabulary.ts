// Each language's rating vocabulary compiled once into the regexes the recognisers use.
import type { RatingAction } from '../../fact-sheet';
import { WORD_END, alternation, caseless, escapeRegex, phraseFinder, prefixTree, type PhraseHit } from '../../text/patterns';
import type { Lang } from '../../types';
import { firmAliases } from './firms';
import { deRating } from './locales/de';
import { enRating } from './locales/en';
import type { RatingVocabulary, ScaleWord } from './locales/types';
import { scaleTable } from './scale';

export const VOCABULARIES: Readonly<Record<Lang, RatingVocabulary>> = { de: deRating, en: enRating };

/** Strongest first: an upgrade that also raises the target is an upgrade. */
export const ACTION_ORDER: readonly RatingAction[] = ['upgrade', 'downgrade', 'initiate', 'raise-target', 'cut-target', 'reiterate'];

export interface CompiledRating {
  vocabulary: RatingVocabulary;
  scales: Map<string, ScaleWord>;
  firms: Map<string, string>;
  /** The listed houses' names as written ("J.P. Morgan", "Deutschen Bank"), word-bounded. */
  firm: (text: string) => PhraseHit[];
  // The patterns below hold no word-start look-behind: run them with execAtWordStarts/firstAtWordStart.
  consensus: RegExp;
  scale: RegExp;
  target: RegExp;
  actions: ReadonlyArray<readonly [RatingAction, RegExp]>;
  quotedPrice: RegExp;
  scaleLeads: Set<string>;
  scaleTails: RegExp;
  scaleFollowers: Set<string>;
  /**
   * Where `scale` could match inside any stretch of a sentence (prefilter.ts): its words in any case,
   * ending where a word ends or a capitalised name begins (a stretch may end there).
   */
  scaleCue: RegExp;
  /** `target` without word edges. */
  targetCue: RegExp;
}

const words = (sources: readonly string[]): string => `(?:${sources.join('|')})${WORD_END}`;

function compile(lang: Lang): CompiledRating {
  const vocabulary = VOCABULARIES[lang];
  const scales = scaleTable(vocabulary);
  const firms = firmAliases();
  const scaleSource = [...scales.keys()].sort((a, b) => b.length - a.length).map(key => escapeRegex(key).replace(/ /g, String.raw`[-\s]`));
  const scaleChar = (character: string): string => (character === ' ' ? String.raw`[-\s]` : caseless(character));
  const targetSource = `${alternation(vocabulary.targetWords, true)}|${vocabulary.targetPhrases.join('|')}`;
  return {
    vocabulary,
    scales,
    firms,
    firm: phraseFinder(firms.keys()),
    consensus: new RegExp(words(vocabulary.consensus), 'giu'),
    scale: new RegExp(words(scaleSource), 'giu'),
    target: new RegExp(words([targetSource]), 'gu'),
    actions: ACTION_ORDER.map(action => [action, new RegExp(words(vocabulary.actions[action]), 'giu')] as const),
    quotedPrice: new RegExp(words(vocabulary.quotedPrice), 'giu'),
    scaleLeads: new Set(vocabulary.scaleLeads.map(word => word.toLowerCase())),
    scaleTails: new RegExp(String.raw`^["'’‘“”»«]?\s*-?(?:${alternation(vocabulary.scaleTails, true)})${WORD_END}`, 'u'),
    scaleFollowers: new Set(vocabulary.scaleFollowers.map(word => word.toLowerCase())),
    scaleCue: new RegExp(String.raw`${prefixTree(scales.keys(), scaleChar, true)}(?=$|[^\p{L}\p{N}]|\p{Lu})`, 'gu'),
    targetCue: new RegExp(targetSource, 'gu'),
  };
}

const compiled = new Map<Lang, CompiledRating>();

export function ratingVocabulary(lang: Lang): CompiledRating {
  let entry = compiled.get(lang);
  if (!entry) {
    entry = compile(lang);
    compiled.set(lang, entry);
  }
  return entry;
}
