/**
 * Child process for the one-writer tests: opens a project through the real core (lock, checks,
 * migrations) as OWNER and creates companies one call at a time, printing `ack NAME` after each
 * call the core answered ok (stdout to a pipe is synchronous, so a printed ack was committed).
 * Prints one JSON line first: {"ready":pid} or {"refused":message,"code":code} (then exits 3).
 * Mode `info` runs `groundwork info` in a loop instead, printing `info ok` after each.
 */
import { runCli } from '../../electron/cli/run';
import { createCore } from '../../electron/core/createCore';

const [file, owner, mode = 'write', tag = `w${process.pid}`] = process.argv.slice(2) as [
  string,
  string,
  string?,
  string?,
];
const say = (line: string) => process.stdout.write(`${line}\n`);

if (mode === 'info') {
  const quiet = { out: () => {}, err: (t: string) => process.stderr.write(t) };
  say(JSON.stringify({ ready: process.pid }));
  for (;;) {
    const code = await runCli(['info', file], quiet);
    say(code === 0 ? 'info ok' : `info failed ${code}`);
  }
}

let core;
try {
  core = await createCore({ projectPath: file, owner: { what: owner } });
} catch (err) {
  const e = err as { message: string; code?: string };
  say(JSON.stringify({ refused: e.message, code: e.code }));
  process.exit(3);
}
say(JSON.stringify({ ready: process.pid }));
for (let i = 0; ; i++) {
  const name = `${tag}-${i}`;
  const res = await core.dispatch('companies.create', { name });
  if (res.ok) say(`ack ${name}`);
  else say(`failed ${name} ${res.error.code} ${res.error.message}`);
  await new Promise((resolve) => setImmediate(resolve));
}
