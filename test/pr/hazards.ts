/**
 * What GitHub would turn into a notification, a back-reference or live HTML, checked on the
 * markdown we produce (our own links to redirect.github.com are the only issue links allowed).
 */
export function hazards(markdown: string): string[] {
  const found: string[] = [];
  if (
    /(?<!redirect\.)github\.com\/[^/\s]+\/[^/\s]+\/(?:issues|pull|pulls|discussions)\/\d/i.test(
      markdown,
    )
  ) {
    found.push('issue link');
  }
  // What remains once URLs (inside which GitHub neither mentions nor references) are taken out.
  const text = markdown.replace(/<https?:\/\/[^\s<>]+>|https?:\/\/[^\s<>"'`[\]()]+/g, ' ');
  const checks: [string, RegExp][] = [
    ['mention', /@[A-Za-z0-9]/],
    ['bare reference', /(?<!&)#\d|&#\d+(?!\d*;)|GH-\d/i],
    ['cross-repo reference', /[A-Za-z0-9-]\/[A-Za-z0-9._-]+#\d/],
    ['html', /<[A-Za-z/!?]/],
    ['entity', /&(?:#0*(?:64|35)|#x0*(?:40|23)|commat|num);/i],
  ];
  for (const [name, pattern] of checks) if (pattern.test(text)) found.push(name);
  return found;
}
