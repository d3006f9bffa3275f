// Builds the `profile-stager` command tree; each domain registers its own commands.
import { Command, CommanderError } from 'commander';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './context';
import { registerSandboxCommands } from './commands/sandbox';
import { registerDatasetCommands } from './commands/dataset';
import { registerIdentityCommands } from './commands/identity';
import { registerIngestCommands } from './commands/ingest';
import { registerProfileCommands } from './commands/profile';
import { registerSchemaCommands } from './commands/schema';
import { registerSnapshotCommands } from './commands/snapshot';
import { registerValidateCommand } from './commands/validate';
import { registerServeCommand } from './commands/serve';

/** Parses argv and runs one command; resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const done = (code: number) => {
    exitCode = code;
  };
  const program = new Command('profile-stager')
    .description(
      'Rehearse loading customer data into Adobe Experience Platform Real-Time Customer Profile, offline.',
    )
    .version(io.version, '-v, --version')
    .option('--json', 'machine-readable output (one JSON document)')
    .option('--sandbox <name>', 'sandbox to work in', 'prod')
    .option('--snapshot <file>', 'load sandboxes from this snapshot file first')
    .option('--save', 'write the sandboxes back to --snapshot when the command succeeds')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  registerSandboxCommands(program, io, done);
  registerSnapshotCommands(program, io, done);
  registerSchemaCommands(program, io, done);
  registerValidateCommand(program, io, done);
  registerServeCommand(program, io, done);
  registerDatasetCommands(program, io, done);
  registerIngestCommands(program, io, done);
  registerProfileCommands(program, io, done);
  registerIdentityCommands(program, io, done);
  const override = (command: Command) => {
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    command.commands.forEach(override);
  };
  program.commands.forEach(override);

  if (argv.length === 0) {
    program.outputHelp();
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const shown =
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help';
      return shown ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  return exitCode;
}
