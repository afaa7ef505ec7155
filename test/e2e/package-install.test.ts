// brms-tui as a user installs it: `npm pack` in a copy of the checkout that has never been built
// (prepack builds the bundle), then the tarball installed three ways — `npm install -g` into a
// temporary prefix, `npx --package`, and `npm ci --omit=dev` in a project that depends on it —
// and the installed command run: `list`, and the full-screen app in a real pseudo-terminal.
//
// Network: the tarball's one dependency (ssh2, with its own few) comes from npm's cache, which
// `npm ci` of this checkout has filled: each install is tried with --offline first. Only where
// the cache lacks a package is the registry asked (--prefer-offline; CI has the npm registry),
// and the test says so in its output.

import assert from 'node:assert/strict';
import {execFile, spawnSync} from 'node:child_process';
import {copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import packageJson from '../../package.json' with {type: 'json'};
import {spawnInPty} from '../helpers/pty.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM_TIMEOUT = 240_000;
const scratch = mkdtempSync(join(tmpdir(), 'brms-tui-package-'));
let tarball = '';

type NpmRun = {status: number | null; stdout: string; stderr: string};

/** npm with this machine's node first on PATH, quiet, and no update check; never rejects. */
function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<NpmRun> {
	const options = {
		cwd,
		encoding: 'utf8' as const,
		timeout: NPM_TIMEOUT,
		maxBuffer: 64 * 1024 * 1024,
		env: {
			...process.env,
			PATH: `${dirname(process.execPath)}:${process.env['PATH']}`,
			npm_config_update_notifier: 'false',
			npm_config_fund: 'false',
			npm_config_audit: 'false',
			// test/run.js keeps the extra CA certificates from the tests' node starts, not from npm's,
			...(process.env['BRMS_TUI_EXTRA_CA_CERTS'] ? {NODE_EXTRA_CA_CERTS: process.env['BRMS_TUI_EXTRA_CA_CERTS']} : {}),
			// and NODE_ENV as it was (production would make npm leave devDependencies out of the build's install).
			...('BRMS_TUI_NODE_ENV' in process.env ? {NODE_ENV: process.env['BRMS_TUI_NODE_ENV'] || undefined} : {}),
			...env,
		},
	};
	return new Promise(resolve =>
		execFile('npm', args, options, (error, stdout, stderr) =>
			resolve({status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr: error && !stderr ? error.message : stderr}),
		),
	);
}

/**
 * npm from its cache alone, `argsFor('--offline')`; the registry only for what the cache lacks
 * (`argsFor('--prefer-offline')`, said in the output). Fails the test unless one succeeds.
 */
async function npmFromCache(argsFor: (mode: string) => string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<NpmRun> {
	const offline = await npm(argsFor('--offline'), cwd, env);
	if (offline.status === 0) return offline;
	if (!/ENOTCACHED/.test(offline.stderr)) assert.fail(`npm ${argsFor('--offline').join(' ')} failed:\n${offline.stderr}`);
	console.log(`npm ${argsFor('')[0]}: a dependency was not in npm's cache; asking the registry (--prefer-offline)`);
	const online = await npm(argsFor('--prefer-offline'), cwd, env);
	assert.equal(online.status, 0, `npm ${argsFor('--prefer-offline').join(' ')} failed:\n${online.stderr}`);
	return online;
}

/** An install from npm's cache (npmFromCache). */
async function installFromCache(args: string[], cwd: string): Promise<void> {
	await npmFromCache(mode => [...args, mode], cwd);
}

/** `to` as a tree of hard links to the files under `from` (copies where linking is refused). */
function linkTree(from: string, to: string): void {
	mkdirSync(to, {recursive: true});
	for (const entry of readdirSync(from, {withFileTypes: true})) {
		const [source, target] = [join(from, entry.name), join(to, entry.name)];
		if (entry.isDirectory()) linkTree(source, target);
		else {
			try {
				linkSync(source, target);
			} catch {
				copyFileSync(source, target);
			}
		}
	}
}

function runInstalled(program: string, args: string[]) {
	const home = mkdtempSync(join(scratch, 'home-'));
	return spawnSync(program, args, {encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
}

function assertListRuns(program: string): void {
	const listed = runInstalled(program, ['list']);
	assert.equal(listed.status, 0, listed.stderr);
	assert.match(listed.stdout, /^Control Group\s+Full Media Policy/);
	assert.match(listed.stdout, /\nSYSWODOM\s+FULL\s+INCR\s+Backs up all user data except notes/);
	assert.equal(listed.stderr, '');
}

before(async () => {
	// A checkout as git would give it: the tracked files the build needs, no dist/, the
	// dependencies of this checkout (esbuild, tsx, Ink …) beside it.
	const checkout = join(scratch, 'checkout');
	mkdirSync(checkout);
	for (const path of ['package.json', 'package-lock.json', 'README.md', 'tsconfig.json', 'source', 'scripts', 'patches']) {
		cpSync(join(ROOT, path), join(checkout, path), {recursive: true});
	}
	symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'));
	const packed = await npm(['pack', '--json', '--pack-destination', scratch], checkout);
	assert.equal(packed.status, 0, packed.stderr);
	// prepack's own output comes before npm's JSON on stdout.
	const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('\n[') + 1 || 0)) as Array<{filename: string; size: number; entryCount: number}>;
	tarball = join(scratch, info!.filename);
	console.log(`${info!.filename}: ${info!.size} bytes, ${info!.entryCount} files`);
});

after(() => rmSync(scratch, {recursive: true, force: true}));

test('the tarball holds the bin, the bundle, the README and package.json (no code cache); no install scripts; ssh2 its one dependency', () => {
	const listing = spawnSync('tar', ['-tzf', tarball], {encoding: 'utf8'});
	assert.deepEqual(listing.stdout.trim().split('\n').sort(), [
		'package/README.md',
		'package/dist/brms-tui-main.cjs',
		'package/dist/brms-tui.cjs',
		'package/package.json',
	]);
	const unpacked = join(scratch, 'unpacked');
	mkdirSync(unpacked);
	spawnSync('tar', ['-xzf', tarball, '-C', unpacked]);
	const manifest = JSON.parse(readFileSync(join(unpacked, 'package/package.json'), 'utf8')) as typeof packageJson;
	for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(script in manifest.scripts, false, script);
	assert.deepEqual(manifest.dependencies, {ssh2: packageJson.dependencies.ssh2});
	assert.deepEqual(manifest.bin, {'brms-tui': 'dist/brms-tui.cjs', wrkctlgbrm: 'dist/brms-tui.cjs'});
	// What the bundle still loads from outside itself: node's own modules and files of the
	// dependencies (ssh2's JavaScript is built in; its native crypto binding is not).
	const bundle = ['brms-tui.cjs', 'brms-tui-main.cjs'].map(file => readFileSync(join(unpacked, 'package/dist', file), 'utf8')).join('\n');
	const loaded = new Set(
		[...bundle.matchAll(/(?<!['"\w.])(?:import\(|require(?:\.resolve)?\(|from )"([^"]+)"/g)].map(match => match[1]!.replace(/^node:/, '')),
	);
	const outside = [...loaded].filter(name => !builtinModules.includes(name));
	assert.deepEqual([...new Set(outside.map(name => name.split('/')[0]))], Object.keys(manifest.dependencies));
	assert.ok(outside.includes('ssh2/lib/protocol/crypto/build/Release/sshcrypto.node'), outside.join(' '));
	// The Ink the bundle carries is the one the patch was written for, exactly.
	assert.equal(packageJson.devDependencies.ink, '6.8.0');
});

// The three installs run side by side (each its own folders; npm's cache is only read, and npx
// gets a cache of its own): one after another they were the suite's longest file. Only the
// global install runs the dependencies' install scripts — ssh2's and cpu-features' optional
// native builds, node-gyp and g++, ~9 s of CPU an install; brms-tui has none of its own (first
// test). npx and npm ci skip them (--ignore-scripts): what they check is npm's way to the bin,
// and the bin then runs on ssh2's node:crypto fallback, which a failed native build leaves too.
describe('the tarball installed three ways', {concurrency: true}, () => {
	test('npm install -g puts brms-tui and wrkctlgbrm on the PATH; both run, list and the full screen', async () => {
		const prefix = join(scratch, 'global');
		await installFromCache(['install', '--global', '--prefix', prefix, tarball], scratch);
		const bin = join(prefix, 'bin');
		assertListRuns(join(bin, 'brms-tui'));
		const version = runInstalled(join(bin, 'wrkctlgbrm'), ['--version']);
		assert.deepEqual([version.status, version.stdout], [0, `${packageJson.version}\n`]);
		// The full-screen app, in a real terminal: the panel, then F3 back to the shell.
		const session = spawnInPty(join(bin, 'brms-tui'), [], {env: {BRMS_TUI_HOME: mkdtempSync(join(scratch, 'home-'))}});
		try {
			await session.waitForText('Work with Backup Control Groups', 20_000);
			await session.waitForText('F24=More keys');
			assert.equal(session.terminal.isAlternateScreen(), true);
			const firstFrame = session.output().length;
			await session.type('\u001B[B');
			await session.type('7');
			await session.type('\r');
			await session.waitForText('Option 7 not valid.');
			// The patched Ink: a full-height frame is updated in place, never cleared as a whole.
			assert.equal(session.output().slice(firstFrame).includes('\u001B[2J'), false);
			await session.type('\u001BOR');
			assert.equal((await session.waitForExit(10_000)).exitCode, 0);
			assert.equal(session.terminal.isAlternateScreen(), false);
		} finally {
			await session.kill();
		}
	});

	test('npx --package runs it without installing it anywhere', async () => {
		const cache = join(scratch, 'npx-cache');
		// npx keeps what it installs in npm's cache (_npx): a cache of our own, filled from the real
		// one's content, keeps this run from leaving anything behind. Its index (which npm appends
		// to) is copied; its content files (written once, under their hash, never changed) are linked:
		// copying 120 MB of them took longer than the install.
		const realCache = join((await npm(['config', 'get', 'cache'], scratch)).stdout.trim(), '_cacache');
		cpSync(join(realCache, 'index-v5'), join(cache, '_cacache/index-v5'), {recursive: true});
		linkTree(join(realCache, 'content-v2'), join(cache, '_cacache/content-v2'));
		const args = (mode: string) => ['exec', '--yes', mode, '--ignore-scripts', `--package=${tarball}`, '--', 'brms-tui', 'list'];
		const result = await npmFromCache(args, scratch, {npm_config_cache: cache, BRMS_TUI_HOME: mkdtempSync(join(scratch, 'home-'))});
		assert.match(result.stdout, /\nSYSWODOM\s+FULL\s+INCR/);
	});

	test('npm ci --omit=dev in a project that depends on the tarball', async () => {
		const project = join(scratch, 'project');
		mkdirSync(project);
		writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'jump-host-tools', private: true, dependencies: {'brms-tui': `file:${tarball}`}}));
		await installFromCache(['install', '--package-lock-only'], project);
		await installFromCache(['ci', '--omit=dev', '--ignore-scripts'], project);
		assert.equal(existsSync(join(project, 'node_modules/ssh2/lib/protocol/crypto/build')), false, "ssh2's native build ran");
		assertListRuns(join(project, 'node_modules/.bin/brms-tui'));
	});
});
