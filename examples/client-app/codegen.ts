import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for a front-end app of the gateway, with `@graphql-codegen/client-preset`. Paths are relative to
 * this folder: run `npx graphql-codegen --config codegen.ts` here (the gateway's `npm run codegen` does). In your own
 * app point `schema` at your copy of the gateway's `schema.graphql`, or at a running gateway:
 * `http://localhost:4000/graphql`.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Also writes src/gql/persisted-documents.json, `{ "sha256:<hash of the text>": "<operation text>" }`:
        // the manifest a gateway can hold as its trusted documents.
        persistedDocuments: { hashAlgorithm: 'sha256' },
        fragmentMasking: false,
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { Bytes: 'number', Date: 'string', DateTime: 'string', Month: 'string' },
      },
    },
  },
};

export default config;
