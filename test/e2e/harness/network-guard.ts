// The tests' network rule: only the local test server and the extension itself may be reached.
export function isAllowedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
}
