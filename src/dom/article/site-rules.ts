// Site knowledge as sorted data: host suffix → selector of the article body. Only for sites whose
// markup defeats the generic finder; everything else goes through find-article's scoring.

export interface SiteRule {
  host: string;
  body: string;
}

export const SITE_RULES: readonly SiteRule[] = [
  { host: 'boerse.de', body: '.newsText, article' },
  { host: 'finanzen.net', body: '.news-content, article' },
  { host: 'finanztrends.de', body: '.entry-content, article' },
  { host: 'fool.com', body: '.article-body, .tailwind-article-body, article' },
  { host: 'onvista.de', body: 'article' },
];

export function siteRuleFor(hostname: string): SiteRule | undefined {
  return SITE_RULES.find(rule => hostname === rule.host || hostname.endsWith(`.${rule.host}`));
}
