/**
 * Matching `cloudron-apps` entries to the apps a Cloudron has. Pure: the list comes from
 * `GET /api/v1/apps`. Every entry is resolved before any app is touched, so a typo in the last
 * entry fails the run before the canary is updated.
 */
import { InputError } from '../errors.ts';
import type { CloudronApp } from './api.ts';
import { cleanServerText } from './text.ts';

export interface ResolvedApp {
  /** The entry as the packager wrote it. */
  name: string;
  app: CloudronApp;
}

const INPUT = 'cloudron-apps';
const LISTED_FQDNS = 20;

/** `https://Auth.Example.com/` → `auth.example.com`: the forms a packager may paste. */
function domainOf(name: string): string {
  return name
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

export function resolveApps(
  names: readonly string[],
  apps: readonly CloudronApp[],
  host: string,
): ResolvedApp[] {
  if (names.length === 0) {
    throw new InputError(
      INPUT,
      'is empty while cloudron-url is set',
      'List the app ids or domains to update',
    );
  }
  const resolved: ResolvedApp[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    const app =
      apps.find((candidate) => candidate.id === trimmed) ??
      apps.find(
        (candidate) => candidate.fqdn !== undefined && candidate.fqdn === domainOf(trimmed),
      );
    const shown = cleanServerText(trimmed, 100) ?? '(blank)';
    if (!app)
      throw new InputError(
        INPUT,
        `no app '${shown}' on ${host}; ${knownApps(apps)}`,
        'Name each app by its id or its domain',
      );
    const twin = resolved.find((earlier) => earlier.app.id === app.id);
    if (twin) {
      throw new InputError(
        INPUT,
        `'${shown}' and '${twin.name}' are the same app`,
        'List each app once',
      );
    }
    resolved.push({ name: shown, app });
  }
  return resolved;
}

function knownApps(apps: readonly CloudronApp[]): string {
  const fqdns = apps.flatMap((app) => (app.fqdn === undefined ? [] : [app.fqdn])).sort();
  if (fqdns.length === 0) return 'it has no apps this token can see';
  const shown = fqdns.slice(0, LISTED_FQDNS).join(', ');
  const more = fqdns.length > LISTED_FQDNS ? ` and ${fqdns.length - LISTED_FQDNS} more` : '';
  return `its apps are ${shown}${more}`;
}
