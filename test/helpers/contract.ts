// Checks that a fact sheet keeps to shared/CONTRACT.md: what every consumer of the export relies on.
import type { Fact, FactSheet } from '../../src/core/fact-sheet';

const ISO_CURRENCY = /^[A-Z]{3}$/;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function contractViolations(sheet: FactSheet): string[] {
  const problems: string[] = [];
  if (!['de', 'en'].includes(sheet.lang)) problems.push(`lang ${sheet.lang}`);
  sheet.facts.forEach((fact, i) => problems.push(...factViolations(fact).map(p => `fact ${i} (${fact.kind} "${fact.text}"): ${p}`)));
  sheet.promos.forEach((promo, i) => {
    if (!(promo.score >= 0 && promo.score <= 1)) problems.push(`promo ${i}: score ${promo.score}`);
    if (promo.reasons.length === 0) problems.push(`promo ${i}: no reasons`);
    if (!promo.text.trim()) problems.push(`promo ${i}: empty text`);
  });
  return problems;
}

function factViolations(fact: Fact): string[] {
  const problems: string[] = [];
  if (!fact.text.trim()) problems.push('empty text');
  switch (fact.kind) {
    case 'money':
      if (!Number.isFinite(fact.value) || fact.value < 0) problems.push(`value ${fact.value}`);
      if (!ISO_CURRENCY.test(fact.currency)) problems.push(`currency ${fact.currency}`);
      if (fact.max !== undefined && !(Number.isFinite(fact.max) && fact.max >= fact.value)) problems.push(`max ${fact.max}`);
      break;
    case 'percent':
      if (!Number.isFinite(fact.value)) problems.push(`value ${fact.value}`);
      break;
    case 'instrument':
      if (!fact.name.trim()) problems.push('no name');
      break;
    case 'rating':
      if (!fact.firm.trim()) problems.push('no firm');
      if (!fact.rating && !fact.target) problems.push('neither class nor target');
      for (const target of [fact.target, fact.previousTarget]) {
        if (target && !(Number.isFinite(target.value) && ISO_CURRENCY.test(target.currency))) problems.push(`target ${JSON.stringify(target)}`);
      }
      break;
    case 'date':
      if (!ISO_DATE.test(fact.date)) problems.push(`date ${fact.date}`);
      break;
  }
  return problems;
}
