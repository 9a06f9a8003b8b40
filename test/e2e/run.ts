// Entry of `npm run e2e` (after both builds): serves the test pages on 127.0.0.1, runs the browser
// suites in order and ends with "N passed, N failed". Arguments filter suites by name.
import { existsSync } from 'node:fs';
import { chromiumSuite } from './chromium.e2e';
import { firefoxSuite } from './firefox.e2e';
import { startServer } from './harness/server';
import { hostileSuite } from './hostile.e2e';
import { runSuites } from './harness/runner';
import { robustnessSuite } from './robustness.e2e';
import { toolbarBadgeSuite } from './toolbar-badge.e2e';
import { XVFB_PATH } from './harness/xvfb';

const server = await startServer();
const filters = process.argv.slice(2).map(arg => arg.toLowerCase());
const all = [chromiumSuite(server.origin), firefoxSuite(server.origin), robustnessSuite(server.origin), hostileSuite(server.origin)];
// The toolbar is only drawn headed; without Xvfb (optional in CI) that suite is left out.
if (existsSync(XVFB_PATH)) all.push(toolbarBadgeSuite(server.origin));
else console.log(`${XVFB_PATH} not found: skipping the headed toolbar-badge suite`);
const suites = all
  .filter(suite => filters.length === 0 || filters.some(filter => suite.name.toLowerCase().includes(filter)));

const started = Date.now();
const tally = await runSuites(suites).finally(() => server.close());
console.log(`\ne2e took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exitCode = tally.failed > 0 || suites.length === 0 ? 1 : 0;
