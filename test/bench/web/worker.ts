// Web bench worker: loads `<name>.bench.ts` and runs it with a context that posts figures back.
import type { Bench } from '../types';

const benches = import.meta.glob<{ default: Bench }>('../*.bench.ts');

self.onmessage = async (event: MessageEvent) => {
  const { bench, args } = event.data as { bench: string; args: Record<string, string> };
  const load = benches[`../${bench}.bench.ts`];
  if (!load) {
    self.postMessage({ type: 'error', error: `no benchmark named ${bench}` });
    return;
  }
  try {
    const mod = await load();
    await mod.default({
      host: 'web',
      args,
      report: (metric, value, unit) => self.postMessage({ type: 'figure', figure: { metric, value, unit } }),
      note: (message) => self.postMessage({ type: 'note', message }),
      settle: async () => {
        // Chromium is started with --expose-gc; without it there is nothing to collect on demand.
        (self as unknown as { gc?: () => void }).gc?.();
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    self.postMessage({ type: 'done' });
  } catch (error) {
    self.postMessage({
      type: 'error',
      error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
    });
  }
};
