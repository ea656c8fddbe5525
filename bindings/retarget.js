#!/usr/bin/env node
// Re-targets a prebuilt cdktf provider package (@cdktf/provider-<name>) to CDK Terrain (cdktn), writing a new npm
// package directory from which jsii-pacmak generates the Java binding (provision.sh runs it).
//
// Why: the npm registry serves @cdktf/provider-kubernetes and @cdktf/provider-helm but no @cdktn build of them, and
// cdktf and cdktn types cannot be mixed in one app. cdktn 0.24 is cdktf 0.21 renamed (same classes, same functions,
// same synthesized JSON), so a provider generated for cdktf works on cdktn once every reference to the package
// `cdktf` names `cdktn` instead. Those references are:
//   - in the jsii assembly (.jsii, possibly a redirect to .jsii.gz): the dependency `cdktf` and its closure entry,
//     and every type reference `cdktf.<Type>` (base classes, interfaces, property and parameter types);
//   - in the compiled JavaScript (lib/**/*.js): `require("cdktf")`; the type declarations (lib/**/*.d.ts) likewise.
// The package itself gets a name, a version and Java coordinates of its own, so that it can never be confused with
// an upstream build (an @cdktn/provider-<name> or io.cdktn:cdktn-provider-<name> published later): its own type names
// (`@cdktf/provider-helm.release.Release`) are renamed in the assembly and in the run-time type information of the
// compiled code, which the jsii kernel matches against the assembly.
//
// The result is checked before it is written: no reference to cdktf is left, every cdktn type the assembly names
// exists in cdktn's assembly, and every member of cdktn the compiled code uses exists in cdktn's exports.
// The assembly's fingerprint is replaced by '**********', as jsii's own tools do when they modify an assembly
// (@jsii/spec replaceAssembly); nothing validates it.
//
// Usage: node retarget.js --from DIR --to DIR --core DIR --name NPM_NAME --version VERSION
//                         --java-package PACKAGE --group-id GROUP --artifact-id ARTIFACT
// Needs only Node.js and @jsii/spec (installed with jsii-pacmak).
'use strict';

const fs = require('fs');
const path = require('path');

const OLD_CORE = 'cdktf';
const NEW_CORE = 'cdktn';

function fail(message) {
  process.stderr.write(`retarget: error: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const wanted = ['from', 'to', 'core', 'name', 'version', 'java-package', 'group-id', 'artifact-id'];
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!wanted.includes(key) || argv[i + 1] === undefined) fail(`unknown or incomplete argument ${argv[i]}`);
    args[key] = argv[i + 1];
  }
  for (const key of wanted) if (!args[key]) fail(`--${key} is required`);
  return args;
}

function loadAssembly(dir) {
  const spec = require(require.resolve('@jsii/spec', { paths: [__dirname, dir] }));
  return spec.loadAssemblyFromFile(spec.findAssemblyFile(dir), false);
}

/** `prefix` or `prefix.<rest>` → `replacement` or `replacement.<rest>`; anything else unchanged. */
function renamer(pairs) {
  return (s) => {
    for (const [from, to] of pairs) {
      if (s === from) return to;
      if (s.startsWith(from + '.')) return to + s.slice(from.length);
    }
    return s;
  };
}

/** Renames every string value and object key that is a whole name or a dotted name under it. Docs are left. */
function renameDeep(node, rename, key) {
  if (typeof node === 'string') return key === 'docs' ? node : rename(node);
  if (Array.isArray(node)) return node.map((v) => renameDeep(v, rename, key));
  if (node && typeof node === 'object') {
    if (key === 'docs' || key === 'readme') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) out[rename(k)] = renameDeep(v, rename, k);
    return out;
  }
  return node;
}

function walkFiles(dir, onFile) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(full, onFile);
    else if (entry.isFile()) onFile(full);
  }
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const source = loadAssembly(args.from);
  const core = loadAssembly(args.core);
  if (core.name !== NEW_CORE) fail(`--core ${args.core} holds ${core.name}, not ${NEW_CORE}`);
  if (!source.dependencies || !source.dependencies[OLD_CORE]) {
    fail(`${source.name} does not depend on ${OLD_CORE}; nothing to re-target`);
  }
  const oldName = source.name;
  const oldJavaPackage = source.targets && source.targets.java && source.targets.java.package;
  if (!oldJavaPackage) fail(`${oldName} has no Java target`);
  const rename = renamer([
    [oldName, args.name],
    [OLD_CORE, NEW_CORE],
  ]);

  // The assembly.
  const { dependencyClosure, readme, ...rest } = source;
  const asm = renameDeep(rest, rename);
  asm.readme = readme;
  asm.name = args.name;
  asm.version = args.version;
  asm.description = `${source.description}, re-targeted to CDK Terrain (${NEW_CORE} ${core.version}) by odoo-landing-zones`;
  asm.dependencies = { ...source.dependencies };
  delete asm.dependencies[OLD_CORE];
  asm.dependencies[NEW_CORE] = `^${core.version}`;
  asm.dependencyClosure = { ...(dependencyClosure || {}) };
  delete asm.dependencyClosure[OLD_CORE];
  asm.dependencyClosure[NEW_CORE] = {
    ...(core.submodules ? { submodules: Object.fromEntries(Object.entries(core.submodules).map(([k, v]) => [k, v.targets ? { targets: v.targets } : {}])) } : {}),
    targets: core.targets,
  };
  // Only the Java binding is generated from this package; the other targets would name upstream's packages.
  asm.targets = {
    java: { package: args['java-package'], maven: { groupId: args['group-id'], artifactId: args['artifact-id'] } },
    js: { npm: args.name },
  };
  for (const sub of Object.values(asm.submodules || {})) {
    if (sub.targets) {
      const java = sub.targets.java;
      sub.targets = java && java.package ? { java: { ...java, package: java.package.replace(oldJavaPackage, args['java-package']) } } : {};
    }
  }
  asm.fingerprint = '*'.repeat(10);

  // Checks: every type reference resolves, no cdktf reference is left.
  const referenced = new Set();
  (function collect(node, key) {
    if (typeof node === 'string') {
      if ((key === 'fqn' || key === 'base' || key === 'interfaces') && node.startsWith(NEW_CORE + '.')) referenced.add(node);
    } else if (Array.isArray(node)) node.forEach((v) => collect(v, key));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) if (k !== 'docs') collect(v, k);
    }
  })(asm.types);
  const unknown = [...referenced].filter((fqn) => !core.types[fqn]);
  if (unknown.length) fail(`${oldName} references types that ${NEW_CORE} ${core.version} lacks: ${unknown.join(', ')}`);
  const leftover = JSON.stringify({ ...asm, readme: undefined }, (k, v) => (k === 'docs' ? undefined : v))
    .match(new RegExp(`"(${escapeRegExp(OLD_CORE)}(\\.[^"]*)?|${escapeRegExp(oldName)}(\\.[^"]*)?)"`, 'g'));
  if (leftover) fail(`references left in the assembly after renaming: ${[...new Set(leftover)].slice(0, 5).join(', ')}`);

  // The package directory: lib/ rewritten, package.json and the assembly new, LICENSE kept.
  fs.rmSync(args.to, { recursive: true, force: true });
  fs.mkdirSync(args.to, { recursive: true });
  const coreExports = new Set(Object.keys(require(path.resolve(args.core))));
  const missingMembers = new Set();
  const requireOld = new RegExp(`require\\((["'])${escapeRegExp(OLD_CORE)}\\1\\)`, 'g');
  const importOld = new RegExp(`from (["'])${escapeRegExp(OLD_CORE)}\\1`, 'g');
  const ownFqn = new RegExp(`(["'])${escapeRegExp(oldName)}\\.`, 'g');
  let jsFiles = 0;
  walkFiles(path.join(args.from, 'lib'), (file) => {
    const target = path.join(args.to, path.relative(args.from, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (!/\.(js|d\.ts)$/.test(file)) {
      fs.copyFileSync(file, target);
      return;
    }
    let text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.js')) {
      jsFiles++;
      // The module is bound to `const cdktf = require("cdktf")`; its members must exist in cdktn.
      for (const m of text.matchAll(/\bcdktf\.([A-Za-z_$][\w$]*)/g)) if (!coreExports.has(m[1])) missingMembers.add(m[1]);
    }
    text = text.replace(requireOld, `require($1${NEW_CORE}$1)`).replace(importOld, `from $1${NEW_CORE}$1`).replace(ownFqn, `$1${args.name}.`);
    if (new RegExp(`require\\(["']${escapeRegExp(OLD_CORE)}["']\\)|["']${escapeRegExp(oldName)}["'.]`).test(text)) {
      fail(`${path.relative(args.from, file)} still references ${OLD_CORE} or ${oldName} after rewriting`);
    }
    fs.writeFileSync(target, text);
  });
  if (missingMembers.size) fail(`the compiled code of ${oldName} uses members that ${NEW_CORE} lacks: ${[...missingMembers].join(', ')}`);
  for (const file of ['LICENSE']) {
    if (fs.existsSync(path.join(args.from, file))) fs.copyFileSync(path.join(args.from, file), path.join(args.to, file));
  }
  fs.writeFileSync(path.join(args.to, 'README.md'),
    `# ${args.name}\n\n${oldName} ${source.version} re-targeted to ${NEW_CORE} ${core.version} by odoo-landing-zones' bindings/retarget.js.\n`);

  const pkg = JSON.parse(fs.readFileSync(path.join(args.from, 'package.json'), 'utf8'));
  const peer = { ...(pkg.peerDependencies || {}) };
  delete peer[OLD_CORE];
  peer[NEW_CORE] = `^${core.version}`;
  const newPkg = {
    name: args.name,
    version: args.version,
    description: asm.description,
    license: pkg.license,
    author: pkg.author,
    repository: pkg.repository,
    main: pkg.main,
    types: pkg.types,
    engines: pkg.engines,
    peerDependencies: peer,
    stability: pkg.stability,
    jsii: { outdir: 'dist', targets: { java: asm.targets.java }, tsc: pkg.jsii && pkg.jsii.tsc },
    cdktf: pkg.cdktf && pkg.cdktf.provider ? { provider: pkg.cdktf.provider } : undefined,
  };
  fs.writeFileSync(path.join(args.to, 'package.json'), JSON.stringify(newPkg, null, 2) + '\n');
  fs.writeFileSync(path.join(args.to, '.jsii'), JSON.stringify(asm) + '\n');
  process.stdout.write(`retarget: ${oldName} ${source.version} -> ${args.name} ${args.version} on ${NEW_CORE} ${core.version}: ` +
    `${Object.keys(asm.types).length} types, ${referenced.size} ${NEW_CORE} types referenced, ${jsFiles} JavaScript files\n`);
}

main();
