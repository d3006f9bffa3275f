// Web bench page: runs the named benchmark in a dedicated Worker and exposes the figures to Playwright.
interface Figure {
  metric: string;
  value: number;
  unit: string;
}

const params = new URLSearchParams(location.search);
const state = { done: false, error: undefined as string | undefined, figures: [] as Figure[] };
(window as unknown as { __bench: typeof state }).__bench = state;
const log = document.getElementById('log') as HTMLElement;

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
worker.onmessage = (event: MessageEvent) => {
  const data = event.data as { type: string; figure?: Figure; message?: string; error?: string };
  if (data.type === 'figure' && data.figure) state.figures.push(data.figure);
  if (data.type === 'note') log.textContent += `\n${data.message ?? ''}`;
  if (data.type === 'done') state.done = true;
  if (data.type === 'error') {
    state.error = data.error;
    state.done = true;
  }
};
worker.onerror = (event) => {
  state.error = event.message || 'worker failed';
  state.done = true;
};
worker.postMessage({ bench: params.get('bench'), args: JSON.parse(params.get('args') ?? '{}') });
