// Labels that introduce a link to another story inside an article body ("Read more: …",
// "Lesen Sie auch: …"): what follows them is another article's headline, not this one's text.
export const RELATED_STORY_LABELS: readonly string[] = [
  'Read more', 'Read next', 'Read also', 'Also read', 'Related', 'See also', 'More from',
  'Lesen Sie auch', 'Lesen Sie mehr', 'Mehr zum Thema', 'Auch interessant', 'Das könnte Sie auch interessieren', 'Zum Thema',
];
