// Runs electronegativity's programmatic API over one folder and writes the findings as JSON.
// A separate process because the tool registers globals (i18n's `__`) and tries the network
// (translations from S3 with a 1 s timeout, Electron release notes in
// AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, which is excluded here).
//   node runElectronegativity.cjs <input folder> <output.json>
const path = require('node:path');
const fs = require('node:fs');

const [input, output] = process.argv.slice(2);
const runner = require(path.resolve(__dirname, '../../../node_modules/@doyensec/electronegativity/dist/runner.js'));
const run = runner.default ?? runner;

run(
  {
    input: path.resolve(input),
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: '45.5.0',
    parserPlugins: [],
  },
  false,
).then(
  (result) => {
    const issues = result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      manualReview: !!issue.manualReview,
      sample: typeof issue.sample === 'string' ? issue.sample.trim() : undefined,
    }));
    fs.writeFileSync(
      output,
      JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues }, null, 2),
    );
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  },
);
