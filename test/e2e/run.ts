// Entry of `npm run e2e` (after both builds): serves the test pages on 127.0.0.1, runs the browser
// suites in order and ends with "N passed, N failed". Arguments filter suites by name.
import { chromiumSuite } from './chromium.e2e';
import { firefoxSuite } from './firefox.e2e';
import { startServer } from './harness/server';
import { runSuites } from './harness/runner';
import { robustnessSuite } from './robustness.e2e';

const server = await startServer();
const filters = process.argv.slice(2).map(arg => arg.toLowerCase());
const suites = [chromiumSuite(server.origin), firefoxSuite(server.origin), robustnessSuite(server.origin)]
  .filter(suite => filters.length === 0 || filters.some(filter => suite.name.toLowerCase().includes(filter)));

const started = Date.now();
const tally = await runSuites(suites).finally(() => server.close());
console.log(`\ne2e took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exitCode = tally.failed > 0 || suites.length === 0 ? 1 : 0;
