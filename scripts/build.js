#!/usr/bin/env node
/*
 * `npm run build` (and before `npm start`): src/ to dist/ with TypeScript's single-file
 * transpiler, in about a second instead of tsc's eight. The types are checked by
 * `npm run typecheck` (tsc --noEmit, part of `bash scripts/test.sh`); the project has
 * isolatedModules on, so every file compiles alone exactly as tsc would emit it.
 * Nothing changed since the last build (same files, sizes and times, same compiler and
 * settings): nothing to do, and typescript isn't even loaded. `--force` builds anyway.
 */
'use strict';
const { createHash } = require('crypto');
const { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } = require('fs');
const { dirname, join, relative } = require('path');

const ROOT = join(__dirname, '..');
const CONFIG = join(ROOT, 'tsconfig.build.json');
const OUT = join(ROOT, JSON.parse(readFileSync(CONFIG, 'utf8')).compilerOptions.outDir);
const STAMP = join(OUT, '.build-stamp');

/** Files under dir whose names end with one of `endings` (not declaration files). */
function filesIn(dir, endings) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesIn(path, endings);
    return endings.some((x) => e.name.endsWith(x)) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What the output depends on: every source file's path, size and time, the settings and the compiler. */
function fingerprint(sources) {
  const hash = createHash('sha256');
  for (const file of [CONFIG, join(ROOT, 'tsconfig.json'), join(ROOT, 'node_modules/typescript/package.json'), ...sources]) {
    const s = statSync(file);
    hash.update(`${relative(ROOT, file)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function build() {
  const ts = require('typescript');
  const parsed = ts.getParsedCommandLineOfConfigFile(CONFIG, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  const { options, fileNames } = parsed;
  rmSync(OUT, { recursive: true, force: true }); // no output of a deleted source stays behind
  for (const file of fileNames) {
    const out = join(OUT, relative(options.rootDir, file)).replace(/\.ts$/, '.js');
    const result = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file, reportDiagnostics: true });
    const errors = (result.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length) throw new Error(ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' }));
    mkdirSync(dirname(out), { recursive: true });
    if (result.sourceMapText) {
      // As tsc writes them: the map beside the file, its source relative to it.
      const map = JSON.parse(result.sourceMapText);
      map.file = relative(dirname(out), out);
      map.sources = [relative(dirname(out), file)];
      writeFileSync(`${out}.map`, JSON.stringify(map));
    }
    writeFileSync(out, result.outputText);
  }
  // JSON the code imports (resolveJsonModule), copied beside it as tsc does.
  const json = filesIn(join(ROOT, 'src'), ['.json']);
  for (const file of json) {
    const out = join(OUT, relative(options.rootDir, file));
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(file, out);
  }
  return fileNames.length + json.length;
}

function main() {
  const print = fingerprint(filesIn(join(ROOT, 'src'), ['.ts', '.json']));
  if (!process.argv.includes('--force') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === print) return;
  const started = Date.now();
  const count = build();
  writeFileSync(STAMP, print);
  console.log(`built ${count} files into ${relative(ROOT, OUT)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (error) {
  console.error(`build failed:\n${error.message}`);
  process.exit(1);
}
