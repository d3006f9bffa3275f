// Entry point of the `profile-stager` CLI (built to out/cli/profile-stager.js).
import { runCli } from './program';

declare const __APP_VERSION__: string;

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev',
});
process.exitCode = code;
