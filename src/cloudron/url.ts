/**
 * `cloudron-url`: where the Cloudron dashboard answers. The API token travels with every request,
 * so plain http is accepted only when the traffic never leaves the machine.
 */
import { InputError } from '../errors.ts';
import { isLoopbackHost } from '../loopback.ts';

export { isLoopbackHost };

const INPUT = 'cloudron-url';
const EXAMPLE = 'Use the dashboard address, e.g. https://my.example.com';

/**
 * Parses and checks `cloudron-url`; returns the origin with path `/`. The raw value is never
 * echoed (it could carry credentials); messages name the host once it is known.
 */
export function parseCloudronUrl(raw: string): URL {
  const text = raw.trim();
  if (text === '') throw new InputError(INPUT, 'is empty', EXAMPLE);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(INPUT, 'is not an absolute URL', EXAMPLE);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(INPUT, 'must start with https://', EXAMPLE);
  }
  if (url.username !== '' || url.password !== '') {
    throw new InputError(
      INPUT,
      'must not contain a user name or password',
      'Put the API token in cloudron-token instead',
    );
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new InputError(
      INPUT,
      `uses http:// for ${url.hostname}, which would send the API token unencrypted`,
      `Use https://${url.host} (plain http is allowed only for 127.0.0.1, ::1 and localhost)`,
    );
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    throw new InputError(
      INPUT,
      `has a path, query or fragment after ${url.host}`,
      `Use only the origin, e.g. ${url.protocol}//${url.host}`,
    );
  }
  return new URL(`${url.protocol}//${url.host}/`);
}
