/**
 * Runs in a fresh Node process: `groundwork import PROJECT FILE` through the real CLI (which parses
 * in a heap-limited worker), then prints the process's peak RSS — all threads — as one JSON line.
 */
import { runCli } from '../electron/cli/run';

const [project, file] = process.argv.slice(2) as [string, string];
let stderr = '';
const code = await runCli(['import', project, file], { out: () => {}, err: (t) => void (stderr += t) });
process.stdout.write(
  `${JSON.stringify({ code, error: stderr.trim().slice(0, 160), peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
