#!/usr/bin/env node
/*
 * Brings Web Chat's prebuilt bundle (dist/webchat.js) from its npm package, which is all the
 * bot serves of it. Installing botframework-webchat as a dependency would bring 465 more
 * packages (over 500 MB) that only matter for building Web Chat from source, and React peer
 * ranges that contradict each other. The package and its integrity are pinned in
 * package.json ("webchatBundle"); `npm pack` fetches the one tarball through npm's registry
 * and cache, and the tarball is checked against that integrity before anything is used.
 * Runs as the project's postinstall, so `npm ci` (with or without dev dependencies) brings it.
 */
'use strict';
const { execFileSync } = require('child_process');
const { createHash } = require('crypto');
const { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require('fs');
const { join } = require('path');

const ROOT = join(__dirname, '..');
const spec = require('../package.json').webchatBundle;
const CACHE = join(ROOT, 'node_modules/.cache/webchat');
const DIR = join(CACHE, spec.version);
const DONE = join(DIR, '.integrity');

function main() {
  if (existsSync(DONE) && readFileSync(DONE, 'utf8') === spec.integrity) return;
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(CACHE, '.fetch-')); // beside DIR: the final rename stays on one file system
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', `${spec.package}@${spec.version}`, '--pack-destination', work, '--json', '--silent'], {
        cwd: ROOT, // the project's .npmrc applies
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const tarball = join(work, packed[0].filename);
    const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (actual !== spec.integrity) {
      throw new Error(`${spec.package}@${spec.version}: integrity ${actual} is not the one pinned in package.json`);
    }
    execFileSync('tar', ['-xzf', tarball, '-C', work, ...spec.files.map((f) => `package/${f}`)]);
    writeFileSync(join(work, 'package', '.integrity'), spec.integrity);
    // Into place in one step, so a half-extracted bundle is never served.
    rmSync(DIR, { recursive: true, force: true });
    renameSync(join(work, 'package'), DIR);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`Web Chat ${spec.version} bundle ready in ${DIR.slice(ROOT.length + 1)}`);
}

try {
  main();
} catch (error) {
  console.error(`Could not fetch the Web Chat bundle: ${error.message}`);
  process.exit(1);
}
