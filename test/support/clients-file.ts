import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyDigest, newApiKey } from '../../src/access/api-keys.js';

/** A clients file in a temporary folder, rewritten by `write` (a reload test), removed by `remove`. */
export interface ClientsFileFixture {
  path: string;
  write(content: unknown): void;
  remove(): void;
}

export function clientsFile(content: unknown): ClientsFileFixture {
  const folder = mkdtempSync(join(tmpdir(), 'lf-clients-'));
  const path = join(folder, 'clients.json');
  const write = (next: unknown) => writeFileSync(path, typeof next === 'string' ? next : JSON.stringify(next, null, 2));
  write(content);
  return { path, write, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A fresh API key and the `sha256:` line its client lists. */
export function apiKey(): { key: string; digest: string } {
  const key = newApiKey();
  return { key, digest: `sha256:${keyDigest(key)}` };
}
