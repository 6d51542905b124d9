/**
 * Hosts whose traffic never leaves the machine: the one place plain HTTP is acceptable (a
 * Cloudron token, a registry password).
 */

/** 127.0.0.0/8, ::1 and `localhost`: the hosts whose traffic stays on this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  // WHATWG URL parsing has already normalised IPv4 forms such as `127.1` to dotted quads.
  const quad = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return quad !== null && quad[1] === '127' && quad.slice(2).every((part) => Number(part) <= 255);
}
