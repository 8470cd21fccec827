/**
 * `npm run cli -- <command>`: the same core from a terminal.
 *   init FILE            create a new project file
 *   info FILE            print counts of every entity as JSON (read-only; the file is not touched)
 * Exit code 0 on success; otherwise 1 with a one-line reason on stderr.
 */
import { runCli } from './run';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`groundwork: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
