// German percent vocabulary. Basis points ("Basispunkte") are deliberately absent: not percentages.
import type { PercentVocabulary } from './types';

export const dePercent: PercentVocabulary = {
  units: {
    Prozent: false, Prozents: false, vH: false, 'v. H.': false, 'v.H.': false,
    Prozentpunkt: true, Prozentpunkte: true, Prozentpunkten: true, Prozentpunkts: true,
  },
  negativeCues: [
    'Minus', 'minus', 'Rückgang', 'Verlust', 'Kursverlust', 'Abschlag', 'Einbruch', 'Kursrutsch',
    'fiel', 'fielen', 'verlor', 'verloren', 'sank', 'sanken', 'gesunken', 'gefallen', 'verbilligte', 'verbilligten',
    'büßte', 'büßten', 'rutschte', 'rutschten', 'sackte', 'sackten', 'schrumpfte', 'schrumpften', 'brach', 'brachen',
    // "gab … nach" is separable; "gab" alone also starts "gab bekannt", so only the "gab (leicht) um" forms count.
    'gab um', 'gaben um', 'gab leicht um', 'gaben leicht um', 'gab deutlich um', 'nachgegeben', 'einbüßen',
  ],
  negativeAfter: ['tiefer', 'niedriger', 'schwächer', 'leichter', 'weniger', 'im Minus', 'verloren', 'eingebüßt', 'nachgegeben'],
};
