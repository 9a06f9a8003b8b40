// `npm run zip` (after both builds): store-ready archives of dist/ and dist-firefox/ in artifacts/,
// named stock-news-lens-<chrome|firefox>-<version>.zip, each with manifest.json at the archive root.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ARTIFACTS = resolve('artifacts');
const WEB_EXT = resolve('node_modules/.bin/web-ext');
const TARGETS = [
  { name: 'chrome', dir: 'dist' },
  { name: 'firefox', dir: 'dist-firefox' },
];

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

for (const { name, dir } of TARGETS) {
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) throw new Error(`${dir}/manifest.json has version ${manifest.version}, package.json ${version}: rebuild first`);
  const filename = `stock-news-lens-${name}-${version}.zip`;
  execFileSync(WEB_EXT, ['build', '--source-dir', dir, '--artifacts-dir', ARTIFACTS, '--filename', filename,
    '--overwrite-dest', '--no-config-discovery'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const entries = zipEntryNames(readFileSync(resolve(ARTIFACTS, filename)));
  if (!entries.includes('manifest.json')) throw new Error(`${filename} has no manifest.json at its root`);
  console.log(`artifacts/${filename}: ${entries.length} files`);
}

/** Names in a zip's central directory (read from the end-of-central-directory record). */
function zipEntryNames(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}
