// Entry point of the UI window: connects to the engine of this host and renders the app.
import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectEngine } from './engine-client/connect';
import { createAppStores } from './state/app-stores';
import { createEngineSession } from './state/engine-session';
import { assertDefined } from '../shared/util/assert';

const stores = createAppStores();
const { client, host } = connectEngine();
const engine = createEngineSession({
  client,
  host,
  onBackgroundError: (error, method) => stores.errors.getState().report(error, method),
});
// Subscribe before the first render so no engine event is missed.
engine.start();

createRoot(assertDefined(document.getElementById('root'), 'the #root element')).render(
  <StrictMode>
    <App stores={stores} engine={engine} />
  </StrictMode>,
);
