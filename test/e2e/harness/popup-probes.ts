// Probes run in the popup document (opened as a tab or as the real action popup).
// Serialised by the drivers: keep them self-contained.

export function popupState(): string | null {
  return document.querySelector('[data-testid="fact-sheet"]')?.getAttribute('data-state') ?? null;
}

/** Text of every fact row of one kind ('' kind = all rows). */
export function factRowTexts(kind: string): string[] {
  const selector = kind ? `[data-testid="fact"][data-kind="${kind}"]` : '[data-testid="fact"]';
  return [...document.querySelectorAll(selector)].map(row => row.textContent ?? '');
}

export function isChecked(selector: string): boolean | null {
  const input = document.querySelector<HTMLInputElement>(selector);
  return input ? input.checked : null;
}

export function promoRowCount(): number {
  return document.querySelectorAll('[data-testid="promo"]').length;
}

/** Elements the popup could only have got from page data parsed as markup. */
export function injectedMarkup(): string[] {
  return [...document.querySelectorAll('body *')]
    .filter(element => element.matches('img[src="x"], script:not([src]), iframe, object, embed')
      || [...element.attributes].some(attribute => attribute.name.startsWith('on') || attribute.value.trim().startsWith('javascript:')))
    .map(element => element.outerHTML.slice(0, 120));
}

export function headerText(): string {
  return document.querySelector('header')?.textContent ?? '';
}
