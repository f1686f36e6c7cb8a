import { Kind, parse, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';

/** One ready-to-run operation of `examples/*.graphql`, with the fragments it spreads appended. */
export interface ExampleOperation {
  file: string;
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  query: string;
}

// Bundled at build time, so the page needs nothing but the gateway.
const files = import.meta.glob<string>('../../../../examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const examples: ExampleOperation[] = Object.entries(files).flatMap(([path, text]) =>
  operationsOf(
    path
      .split('/')
      .pop()!
      .replace(/\.graphql$/, ''),
    text,
  ),
);

function operationsOf(file: string, text: string): ExampleOperation[] {
  const document = parse(text);
  const sourceOf = (node: DefinitionNode) => text.slice(node.loc!.start, node.loc!.end);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const spreadIn = (node: DefinitionNode, seen: Set<string>): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || seen.has(fragment.name.value)) return;
        seen.add(fragment.name.value);
        spreadIn(fragment, seen);
      },
    });
  };
  return document.definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) return [];
    const used = new Set<string>();
    spreadIn(definition, used);
    const query = [sourceOf(definition), ...[...used].map((name) => sourceOf(fragments.get(name)!))].join('\n\n');
    return [{ file, name: definition.name.value, kind: definition.operation, query }];
  });
}
