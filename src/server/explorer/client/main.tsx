import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { examples } from './examples.js';

const endpoint = new URL('/graphql', window.location.href);
const subscriptionUrl = new URL(endpoint);
subscriptionUrl.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const gateway = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: subscriptionUrl.href });

/** Headers left empty in the editor (the ready `Authorization` line) are not sent: the gateway would refuse them. */
const fetcher: Fetcher = (params, options) => {
  const headers = Object.fromEntries(
    Object.entries(options?.headers ?? {}).filter(
      ([, value]) => typeof value === 'string' && value.trim() !== '' && value.trim() !== 'Bearer',
    ),
  );
  return gateway(params, { ...options, headers });
};

function ExampleList() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const { addTab } = useGraphiQLActions();
  const open = (query: string) => {
    addTab();
    // The new tab's editors are the same Monaco models, refilled on the next frame.
    requestAnimationFrame(() => {
      queryEditor?.setValue(query);
      variableEditor?.setValue('{}');
    });
  };
  const byFile = new Map<string, typeof examples>();
  for (const example of examples) byFile.set(example.file, [...(byFile.get(example.file) ?? []), example]);
  return (
    <div className="lf-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>
        The operations of the gateway's <code>examples/</code> folder. Click one to open it in a new tab.
      </p>
      {[...byFile].map(([file, operations]) => (
        <section key={file}>
          <h3>{file}.graphql</h3>
          <ul style={{ listStyle: 'none', padding: 0 }}>
            {operations.map((operation) => (
              <li key={operation.name}>
                <button
                  type="button"
                  className="graphiql-un-styled lf-example"
                  data-operation={operation.name}
                  onClick={() => open(operation.query)}
                >
                  {operation.kind} <strong>{operation.name}</strong>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const examplesPlugin: GraphiQLPlugin = {
  title: 'Examples',
  icon: () => <span aria-hidden="true">☰</span>,
  content: ExampleList,
};

const firstQuery = examples.find((example) => example.name === 'SimsInUse') ?? examples[0];

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={[examplesPlugin]}
      visiblePlugin={examplesPlugin}
      defaultQuery={firstQuery?.query}
      defaultHeaders={'{\n  "Authorization": "Bearer "\n}'}
      defaultEditorToolsVisibility="headers"
    />
  </StrictMode>,
);
