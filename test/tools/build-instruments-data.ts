// Hand-written inputs of the instrument dataset build: index entries, historical (delisted) companies
// older news still name, words that must not count as company names on their own, and research firms.

export interface HandRecord {
  name: string;
  /** Main ticker (companies); indices carry codes only, their symbol is whatever code the page prints. */
  symbol?: string;
  exchange?: string;
  isin?: string;
  wkn?: string;
  aliases: string[];
  etf?: boolean;
  /** Index codes, RICs and futures roots that name the index when printed ("SPX", ".SPX", "^GSPC", "NKc1"). */
  codes?: string[];
  index?: boolean;
}

const index = (name: string, aliases: string[], codes: string[]): HandRecord => ({ name, aliases, codes, index: true });

export const INDICES: HandRecord[] = [
  index('DAX', ['DAX', 'Dax', 'DAX 40', 'DAX40', 'Dax 40', 'Deutscher Aktienindex', 'Leitindex DAX'], ['.GDAXI', '^GDAXI', 'FDXc1']),
  index('MDAX', ['MDAX', 'MDax', 'M-Dax', 'M-DAX'], ['.MDAXI', '^MDAXI']),
  index('SDAX', ['SDAX', 'SDax', 'S-Dax', 'S-DAX'], ['.SDAXI', '^SDAXI']),
  index('TecDAX', ['TecDAX', 'TecDax', 'Tec-Dax'], ['.TECDAX', '^TECDAX']),
  index('S&P 500', ['S&P 500', 'S&P500', 'S&P 500 Index', 'S&P-500', 'S&P-500-Index', "Standard & Poor's 500"], ['.SPX', '^GSPC', '.INX', 'ESc1']),
  index('Nasdaq-100', ['Nasdaq-100', 'Nasdaq 100', 'NASDAQ-100', 'NASDAQ 100', 'Nasdaq-100-Index', 'Nasdaq 100 Index'], ['.NDX', '^NDX', 'NQc1']),
  index('Nasdaq Composite', ['Nasdaq', 'Nasdaq Composite', 'NASDAQ Composite', 'Nasdaq Composite Index', 'Nasdaq-Composite', 'Nasdaq Composite-Index'], ['.IXIC', '^IXIC']),
  index('Dow Jones Industrial Average', ['Dow Jones', 'Dow', 'Dow Jones Industrial Average', 'Dow Jones Industrial', 'Dow-Jones-Index', 'Dow Jones Index', 'Dow-Jones', 'DJIA', 'Dow Industrials'], ['.DJI', '^DJI', 'YMc1']),
  index('Euro Stoxx 50', ['Euro Stoxx 50', 'EuroStoxx 50', 'Euro Stoxx', 'EuroStoxx', 'Euro-Stoxx-50', 'Euro STOXX 50', 'EURO STOXX 50', 'Eurozone-Leitindex'], ['.STOXX50E', '^STOXX50E', 'SX5E', 'STXEc1']),
  index('STOXX Europe 600', ['Stoxx Europe 600', 'STOXX Europe 600', 'Stoxx 600', 'STOXX 600', 'Stoxx Europe 600 Index', 'Stoxx-600'], ['.STOXX', '^STOXX', 'SXXP']),
  index('Nikkei 225', ['Nikkei', 'Nikkei 225', 'Nikkei-225', 'Nikkei-Index', 'Nikkei 225 Index', 'Nikkei Stock Average'], ['.N225', '^N225', 'N225', 'NKc1']),
  index('TOPIX', ['Topix', 'TOPIX', 'Topix-Index'], ['.TOPX']),
  index('Hang Seng', ['Hang Seng', 'Hang-Seng', 'Hang Seng Index', 'Hang-Seng-Index'], ['.HSI', '^HSI', 'HSI', 'HSIc1']),
  index('FTSE 100', ['FTSE 100', 'FTSE-100', 'Footsie', 'FTSE 100 Index'], ['.FTSE', '^FTSE', 'UKX', 'FFIc1']),
  index('CAC 40', ['CAC 40', 'CAC-40', 'Cac 40', 'CAC40'], ['.FCHI', '^FCHI']),
  index('SMI', ['SMI', 'Swiss Market Index'], ['.SSMI', '^SSMI']),
  index('ATX', ['ATX', 'Wiener Leitindex ATX'], ['.ATX', '^ATX']),
  index('IBEX 35', ['IBEX 35', 'Ibex 35', 'Ibex', 'IBEX'], ['.IBEX', '^IBEX']),
  index('FTSE MIB', ['FTSE MIB', 'FTSE-MIB'], ['.FTMIB']),
  index('Russell 2000', ['Russell 2000', 'Russell-2000'], ['.RUT', '^RUT']),
  index('Shanghai Composite', ['Shanghai Composite', 'Shanghai Composite Index', 'SSE Composite'], ['.SSEC', '^SSEC']),
  index('Kospi', ['Kospi', 'KOSPI'], ['.KS11', '^KS11']),
  index('S&P/ASX 200', ['S&P/ASX 200', 'ASX 200'], ['.AXJO', '^AXJO']),
  index('MSCI World', ['MSCI World', 'MSCI World Index', 'MSCI-World', 'MSCI-World-Index'], []),
  index('MSCI Emerging Markets', ['MSCI Emerging Markets', 'MSCI Emerging Markets Index', 'MSCI EM'], []),
  index('MSCI Asia Pacific Index', ['MSCI Asia Pacific Index', 'MSCI Asia Pacific', 'MSCI Asia-Pacific'], []),
  index('Cboe Volatility Index', ['VIX', 'Cboe Volatility Index', 'CBOE Volatility Index', 'Volatilitätsindex VIX'], ['.VIX', '^VIX']),
  index('US Dollar Index', ['Dollar-Index', 'Dollar Index', 'dollar index', 'US-Dollar-Index', 'U.S. Dollar Index', 'Dollarindex'], ['.DXY', 'DXY']),
  index('Bloomberg Dollar Spot Index', ['Bloomberg Dollar Spot Index', 'Bloomberg Dollar Index'], []),
  index('Markit iTraxx Europe', ['Markit iTraxx Europe Index', 'Markit iTraxx Europe', 'iTraxx Europe'], []),
  index('KBW Bank Index', ['KBW Bank Index', 'KBW Nasdaq Bank Index', 'KBW Bank'], ['.BKX', '^BKX']),
  index('PHLX Semiconductor Index', ['Philadelphia Semiconductor Index', 'PHLX Semiconductor Index', 'Philadelphia SE Semiconductor Index', 'PHLX Semiconductor'], ['.SOX', '^SOX']),
  index('Dow Jones Transportation Average', ['Dow Jones Transportation Average', 'Dow Transports', 'Dow Jones Transportation'], ['.DJT', '^DJT']),
  index('S&P 100', ['S&P 100'], ['.OEX', '^OEX']),
  index('S&P MidCap 400', ['S&P MidCap 400', 'S&P 400'], ['.MID', '^MID']),
  index('Russell 1000', ['Russell 1000'], ['.RUI', '^RUI']),
  index('NYSE Composite', ['NYSE Composite', 'NYSE Composite Index'], ['.NYA', '^NYA']),
  index('Euro Stoxx Banks', ['Euro Stoxx Banks', 'EURO STOXX Banks', 'Stoxx Europe 600 Banks', 'Stoxx 600 Banks'], ['.SX7E']),
  index('Prime All Share', ['Prime All Share', 'CDAX', 'HDAX'], []),
  index('Bund-Future', ['Bund-Future', 'Euro-Bund-Future'], ['FGBLc1']),
];

const company = (name: string, symbol: string, exchange: string, aliases: string[], isin?: string): HandRecord =>
  ({ name, symbol, exchange, aliases, ...(isin ? { isin } : {}) });

/** What the dataset lacks: companies delisted or merged in recent years that archived news still name, popular ETFs. */
export const SUPPLEMENT: HandRecord[] = [
  company('Activision Blizzard Inc.', 'ATVI', 'NASDAQ', ['Activision Blizzard', 'Activision', 'Activision Blizzard Inc.'], 'US00507V1098'),
  company('Credit Suisse Group AG', 'CSGN', 'SIX', ['Credit Suisse', 'Credit Suisse Group', 'Credit Suisse Group AG'], 'CH0012138530'),
  company('SVB Financial Group', 'SIVB', 'NASDAQ', ['SVB Financial', 'SVB Financial Group', 'Silicon Valley Bank', 'SVB']),
  company('Twitter Inc.', 'TWTR', 'NYSE', ['Twitter', 'Twitter Inc.']),
  company('Yahoo! Inc.', 'YHOO', 'NASDAQ', ['Yahoo', 'Yahoo!', 'Yahoo Inc.', 'Altaba']),
  company('Yahoo Japan Corp. (now LY Corp.)', '4689', 'Tokyo', ['Yahoo Japan', 'LY Corp', 'LY Corporation', 'Z Holdings']),
  company('OSRAM Licht AG', 'OSR', 'XETRA', ['Osram', 'OSRAM', 'Osram Licht'], 'DE000LED4000'),
  company('Nielsen Holdings plc', 'NLSN', 'NYSE', ['Nielsen', 'Nielsen Holdings']),
  company('Banca Monte dei Paschi di Siena S.p.A.', 'BMPS', 'Euronext Milan', ['Banca Monte dei Paschi di Siena', 'Banca Monte dei Paschi di Siena SpA', 'Monte dei Paschi', 'Monte Paschi']),
  company('Wirecard AG', 'WDI', 'XETRA', ['Wirecard'], 'DE0007472060'),
  company('innogy SE', 'IGY', 'XETRA', ['Innogy', 'innogy']),
  company('Linde AG', 'LIN', 'XETRA', ['Linde AG']),
  company('Monsanto Company', 'MON', 'NYSE', ['Monsanto']),
  company('Time Warner Inc.', 'TWX', 'NYSE', ['Time Warner']),
  company('Celgene Corp.', 'CELG', 'NASDAQ', ['Celgene']),
  { ...company('ARK Innovation ETF', 'ARKK', 'NYSE Arca', ['ARK Innovation ETF', 'ARK Innovation']), etf: true },
  company('Signature Bank', 'SBNY', 'NASDAQ', ['Signature Bank']),
  company('Praxair Inc.', 'PX', 'NYSE', ['Praxair']),
  company('First Republic Bank', 'FRC', 'NYSE', ['First Republic Bank', 'First Republic']),
  company('Deutsche Wohnen SE', 'DWNI', 'XETRA', ['Deutsche Wohnen'], 'DE000A0HN5C6'),
  company('Mercedes-Benz Group AG (formerly Daimler)', 'MBG', 'XETRA', ['Daimler', 'Daimler AG', 'Daimler-Benz'], 'DE0007100000'),
];

/** News names the dataset lacks, by main listing ("exchange:ticker"). */
export const EXTRA_ALIASES: Record<string, string[]> = {
  'TWSE:2317': ['Hon Hai', 'Foxconn', 'Hon Hai Precision', 'Hon Hai Precision Industry'],
  'HKEX:3333': ['Evergrande', 'China Evergrande'],
  'NYSE:NIO': ['Nio'],
  'NASDAQ:LI': ['Li Auto'],
  'XETRA:CSQ': ['creditshelf', 'Creditshelf'],
  'NYSE:BABA': ['Alibaba'],
  'NYSE:DOW': ['Dow Chemical'],
};

/** Names that contain a company's name but are not that company (an unlisted sister, a central bank): matched and dropped. */
export const NOT_INSTRUMENTS = [
  'Siemens Gamesa', 'Siemens Mobility', 'Deutsche Bahn', 'Deutsche Bundesbank', 'Deutsche Rentenversicherung',
  'Bank of England', 'Bank of Japan', 'Bank of Canada', 'Bank of Korea', 'Deutsche Bank Park', 'Allianz Arena',
  'Amazon rainforest', 'Amazon River', 'Amazon basin', 'Amazon jungle', 'Amazon region', 'Amazon forest', 'Amazon delta',
  'Apple pie', 'Apple juice', 'Apple Cider', 'Apple Crumble',
];

/** Names that, alone, mean a news outlet or a non-listed brand rather than the listed parent. */
export const NOT_ALIASES = [
  'Reuters', 'Fox', 'Fox News', 'Fox Business', 'News', 'New York Times', 'The New York Times', 'Wall Street Journal',
  'CNBC', 'NBC', 'CNN', 'Bloomberg', 'Daimler', 'Daimler AG', 'Nasdaq', 'Dow', 'MSCI', 'Whole Foods', 'Whole Foods Market',
  'AWS', 'Amazon Web Services', 'Instagram', 'WhatsApp', 'YouTube', 'Waymo', 'Bitcoin', 'Ethereum', 'Ether', 'Getty Images', 'Getty',
  // A merge in the source gave STMicroelectronics this alias; Stabilus keeps "Stabilus S.A.".
  'Stabilus Se',
];

/**
 * Words that are also company names: with these the name needs company context ("Orange-Aktie", "Orange S.A.").
 * Extends the dataset's common_words.txt with longer English and German words, places, units and calendar words.
 */
export const EXTRA_WEAK_WORDS = [
  // calendar, units, currencies
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  'celsius', 'fahrenheit', 'kelvin', 'watt', 'volt', 'bitcoin', 'ether', 'euro', 'dollar', 'pound', 'yen', 'franc',
  // English words
  'commerce', 'software', 'venture', 'ventures', 'signature', 'evolution', 'investor', 'investors', 'orange', 'phoenix', 'lucid',
  'strategy', 'booking', 'continental', 'total', 'coke', 'puma', 'oracle', 'shell', 'target', 'visa', 'apple', 'block',
  'square', 'match', 'progressive', 'general', 'national', 'international', 'global', 'united', 'american', 'first', 'capital',
  'energy', 'solutions', 'systems', 'technology', 'technologies', 'digital', 'health', 'care', 'trust', 'financial', 'partners',
  'resources', 'services', 'network', 'media', 'cloud', 'security', 'mobile', 'alliance', 'premier', 'standard', 'liberty',
  'pioneer', 'frontier', 'summit', 'horizon', 'vision', 'insight', 'element', 'matrix', 'spectrum', 'catalyst', 'nexus',
  'genesis', 'fusion', 'vital', 'prime', 'select', 'quantum', 'impact', 'progress', 'advantage', 'compass', 'anchor', 'beacon',
  'harbor', 'bridge', 'legacy', 'heritage', 'discovery', 'innovation', 'dynamics', 'logistics', 'analytics', 'robotics',
  'materials', 'industries', 'holdings', 'group', 'company', 'corporation', 'enterprise', 'enterprises', 'brands', 'foods',
  'water', 'power', 'light', 'energy', 'oil', 'gas', 'gold', 'silver', 'copper', 'lithium', 'uranium', 'steel', 'iron',
  'carnival', 'genuine', 'snap', 'zoom', 'slack', 'twilio', 'dropbox', 'unity', 'rocket', 'opendoor', 'compass', 'root',
  'lemonade', 'chewy', 'wish', 'affirm', 'robinhood', 'toast', 'marathon', 'fortune', 'sterling', 'crown', 'royal', 'imperial',
  'ford', 'lilly', 'hartford', 'santos', 'andersen', 'alphabet',
  'uber', 'arm', 'citizens', 'regions', 'principal', 'equity', 'realty', 'properties', 'republic', 'union', 'pacific',
  'atlantic', 'southern', 'northern', 'western', 'eastern', 'central', 'continental', 'coastal', 'mountain', 'valley',
  'sun', 'star', 'sky', 'ocean', 'river', 'lake', 'island', 'park', 'garden', 'home', 'house', 'city', 'town', 'village',
  'peak', 'edge', 'core', 'apex', 'vertex', 'zenith', 'alpha', 'beta', 'gamma', 'delta', 'sigma', 'omega', 'titan', 'atlas',
  'orion', 'apollo', 'jupiter', 'mercury', 'mars', 'saturn', 'neptune', 'pluto', 'luna', 'nova', 'stellar', 'solar', 'lunar',
  'bank', 'bancorp', 'insurance', 'assurance', 'life', 'bright', 'smart', 'clear', 'pure', 'true', 'new', 'next', 'future',
  'children', 'people', 'family', 'friends', 'kids', 'school', 'college', 'university', 'news', 'post', 'times', 'journal',
  'herald', 'tribune', 'guardian', 'telegraph', 'express', 'mail', 'mirror', 'sentinel', 'monitor', 'observer', 'world',
  // first names (companies named after people: "Dana", "Ross", "Wendy's")
  'dana', 'dell', 'ross', 'carter', 'wendy', 'grace', 'morgan', 'lincoln', 'warner', 'gordon', 'kelly', 'hunter', 'parker', 'taylor',
  'jordan', 'mason', 'cooper', 'bell', 'king', 'harris', 'lewis', 'allen', 'wright', 'scott', 'adams', 'baker', 'nelson',
  'campbell', 'mitchell', 'roberts', 'turner', 'phillips', 'evans', 'edwards', 'collins', 'stewart', 'morris', 'murphy', 'cook',
  'rogers', 'reed', 'bailey', 'howard', 'ward', 'watson', 'brooks', 'sanders', 'price', 'bennett', 'wood', 'barnes', 'fisher',
  'henry', 'graham', 'marshall', 'owens', 'kennedy', 'warren', 'dixon', 'burns', 'gibson', 'ellis', 'wallace', 'hamilton',
  'anna', 'maria', 'laura', 'sarah', 'julia', 'lisa', 'emma', 'olivia', 'sophia', 'mia', 'lena', 'hanna', 'clara', 'paula',
  'max', 'paul', 'thomas', 'peter', 'michael', 'martin', 'frank', 'stefan', 'andreas', 'hans', 'klaus', 'jan', 'lukas', 'felix',
  'james', 'john', 'robert', 'david', 'william', 'richard', 'joseph', 'charles', 'daniel', 'matthew', 'mark', 'steven', 'kevin',
  // German words
  'energie', 'zucker', 'versicherung', 'bank', 'immobilien', 'technik', 'gruppe', 'werke', 'handel', 'verlag', 'bau',
  'stadt', 'land', 'wasser', 'licht', 'kraft', 'strom', 'netz', 'zukunft', 'wert', 'werte', 'anleihe', 'zins', 'zinsen',
  'rubrik', 'popular', 'legend', 'constellation', 'zebra', 'post', 'deutsche', 'allianz', 'linde', 'henkel', 'rheinland', 'westfalen', 'bayern', 'sachsen', 'hessen', 'baden',
];

/** Banks, brokers and research houses whose names news cite as the source of a rating or forecast. */
export const RESEARCH_FIRMS: RegExp[] = [
  /JP ?Morgan/i, /Goldman Sachs/i, /Morgan Stanley/i, /Bank of America/i, /Citigroup/i, /Deutsche Bank/i, /Commerzbank/i,
  /HSBC/i, /UBS/i, /Barclays/i, /BNP Paribas/i, /Soci[ée]t[ée] G[ée]n[ée]rale/i, /Jefferies/i, /Wells Fargo/i,
  /Royal Bank of Canada/i, /Credit Suisse/i, /Raymond James/i, /Piper Sandler/i, /Evercore/i, /AllianceBernstein/i, /Nomura/i,
  /Mizuho/i, /Macquarie/i, /Stifel/i, /KeyCorp/i, /Truist/i, /Toronto-Dominion/i, /Bank of Montreal/i, /Canaccord/i,
  /Oppenheimer/i, /Baader/i, /Warburg/i, /Erste Group/i, /Raiffeisen/i, /UniCredit/i, /Intesa/i, /Mediobanca/i, /Santander/i,
  /ING Gr/i, /Natixis/i, /Morningstar/i, /Moody/i, /S&P Global/i, /Lazard/i, /B\. Riley/i, /Wedbush/i, /Bernstein/i,
];
