/** A private buildah storage and auth file per test file, so parallel runs never collide. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes the storage config under `work` and returns the variables that point buildah at it. */
export async function privateBuildahEnv(work: string): Promise<Record<string, string>> {
  // vfs works everywhere (no overlay mounts, no fuse); a private root keeps runs apart.
  await writeFile(
    join(work, 'storage.conf'),
    [
      '[storage]',
      'driver = "vfs"',
      `graphroot = "${join(work, 'storage')}"`,
      `runroot = "${join(work, 'run')}"`,
      '',
    ].join('\n'),
  );
  return {
    CONTAINERS_STORAGE_CONF: join(work, 'storage.conf'),
    REGISTRY_AUTH_FILE: join(work, 'auth.json'),
    BUILDAH_ISOLATION: 'chroot',
  };
}
