import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { FastifyPluginAsync } from 'fastify';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The explorer: GraphiQL, bundled at build time (`npm run build` → `dist/explorer/`, sources in `client/`) and
 * served by the gateway itself, so a browser on a machine without internet loads nothing from outside.
 * Apollo answers a browser's `GET /graphql` with its page; the bundle's files are under `/explorer/`; `GET /` points there.
 */
export interface ExplorerBundle {
  /** The page Apollo answers a browser's `GET /graphql` with. */
  html: string;
  /** `/explorer/assets/…` → file, read once at start-up (the bundle is a few MB and never changes while running). */
  files: Map<string, { type: string; body: Buffer }>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** `<package root>/dist/explorer`, found from this file both as source (vitest) and as built JS. */
export function defaultBundleDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'explorer');
}

/** The built bundle, or a page saying how to build it (a test run from sources may not have built it). */
export function loadExplorerBundle(dir = defaultBundleDir()): ExplorerBundle {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    return {
      html: '<!doctype html><html lang="en"><title>Explorer not built</title><p>The explorer is not built: run <code>npm run build</code> (or <code>npm start</code>).</p></html>',
      files: new Map(),
    };
  }
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of readdirSync(join(dir, 'assets'))) {
    files.set(name, {
      type: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
      body: readFileSync(join(dir, 'assets', name)),
    });
  }
  return { html: readFileSync(index, 'utf8'), files };
}

/** Apollo's landing page: the explorer when enabled, none otherwise (a browser then gets Apollo's plain 400). */
export function explorerLandingPage(bundle: ExplorerBundle | null): ApolloServerPlugin {
  if (!bundle) return ApolloServerPluginLandingPageDisabled();
  return {
    async serverWillStart() {
      return { renderLandingPage: async () => ({ html: bundle.html }) };
    },
  };
}

/** The bundle's files under `/explorer/assets/`, and `GET /` → `/graphql`. Registered only when the explorer is on. */
export const explorerPlugin: FastifyPluginAsync<{ bundle: ExplorerBundle }> = async (app, { bundle }) => {
  app.get('/', (_request, reply) => reply.redirect('/graphql'));
  app.get<{ Params: { name: string } }>('/explorer/assets/:name', (request, reply) => {
    const file = bundle.files.get(request.params.name);
    if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
    // File names carry a content hash: a new build gets new names.
    return reply.type(file.type).header('cache-control', 'public, max-age=31536000, immutable').send(file.body);
  });
};
