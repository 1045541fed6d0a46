// A jest reporter that records each run's totals in <package>/.test-results/<name>.json, so the
// root test command can end with one summary line per run (scripts/test-summary.mjs). The folder
// is a turbo output: a cached run restores it. TEST_SUITE_LABEL tells apart two runs of one
// package (the API on PGlite and on PostgreSQL).
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, basename } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const name = [basename(this.rootDir), process.env.TEST_SUITE_LABEL].filter(Boolean).join('-');
    const dir = join(this.rootDir, '.test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${name}.json`),
      JSON.stringify({
        name,
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        skipped: results.numPendingTests + results.numTodoTests,
        suitesFailed: results.numFailedTestSuites + results.numRuntimeErrorTestSuites,
      }),
    );
  }
}

module.exports = SummaryReporter;
