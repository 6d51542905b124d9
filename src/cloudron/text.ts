/**
 * Making what a Cloudron server says safe to show. Its answers are not ours: a task message or
 * an fqdn reaches the log only after it has been checked or cleaned here, so it can never start
 * a workflow command, forge extra log lines or carry the API token.
 */

const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const WORD = /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}$/;

/** `auth.example.com` when it is a plain host name, else undefined. */
export function safeHostname(value: unknown): string | undefined {
  return typeof value === 'string' && HOSTNAME.test(value) ? value.toLowerCase() : undefined;
}

/** An identifier-like value (app id, task id, state, version) or undefined. */
export function safeWord(value: unknown): string | undefined {
  return typeof value === 'string' && WORD.test(value) ? value : undefined;
}

/**
 * Free text from the server (a task's progress or error message) as one printable line of at
 * most `max` characters; undefined when nothing printable is left. Control, format and
 * bidirectional characters become spaces so the text cannot reorder or split a log line.
 */
export function cleanServerText(value: unknown, max = 200): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = value
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (line === '') return undefined;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Removes every occurrence of `secret` from `text`. */
export function redact(text: string, secret: string): string {
  return secret === '' ? text : text.split(secret).join('***');
}

/** `30m`, `90s`, `2h`: how long a timeout was, for messages. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120 || minutes % 60 !== 0) return `${minutes}m`;
  return `${minutes / 60}h`;
}
