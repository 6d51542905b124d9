/** Shared pieces of the Cloudron tests: a virtual clock, a fake with two apps, a client for it. */
import { CloudronClient, type CloudronClientOptions } from '../../src/cloudron/client.ts';
import type { Clock } from '../../src/cloudron/clock.ts';
import { memoryLogger } from '../../src/logger.ts';
import { FakeCloudron } from '../fakes/cloudron.ts';

/** Time that passes only when slept; each sleep still yields to the event loop. */
export function virtualClock(): Clock & { slept: number[] } {
  let now = Date.UTC(2026, 0, 30, 10);
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

export const PACKAGE_ID = 'io.goauthentik.cloudronapp';
export const OLD_IMAGE = 'docker.io/stalecontext/authentik-cloudron:1.3.0';
export const NEW_IMAGE = 'docker.io/stalecontext/authentik-cloudron:1.4.0';

export function packageManifest(
  version: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: PACKAGE_ID,
    title: 'authentik',
    version,
    upstreamVersion: version === '1.4.0' ? '2025.10.1' : '2025.8.3',
    manifestVersion: 2,
    healthCheckPath: '/-/health/live/',
    httpPort: 9000,
    ...extra,
  };
}

export interface Setup {
  fake: FakeCloudron;
  clock: Clock & { slept: number[] };
  logger: ReturnType<typeof memoryLogger>;
  client: CloudronClient;
}

/** A fake Cloudron with `auth.example.com` (id app-auth) and `sso.example.org` (id app-sso). */
export async function setup(options: Partial<CloudronClientOptions> = {}): Promise<Setup> {
  const fake = await FakeCloudron.start();
  for (const [id, fqdn] of [
    ['app-auth', 'auth.example.com'],
    ['app-sso', 'sso.example.org'],
  ] as const) {
    fake.addApp({ id, fqdn, manifest: { ...packageManifest('1.3.0'), dockerImage: OLD_IMAGE } });
  }
  const clock = virtualClock();
  const logger = memoryLogger();
  const client = new CloudronClient({
    url: fake.url,
    token: fake.token,
    clock,
    logger,
    requestTimeoutMs: 2000,
    ...options,
  });
  return { fake, clock, logger, client };
}
