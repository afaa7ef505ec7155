#!/usr/bin/env node
// Runs every test file under test/ with node:test through tsx. Node 20's --test takes no globs,
// so the files are listed here. CI is unset because under CI=true Ink's real renderer
// draws nothing until unmount, which the terminal tests need to see.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The tests import ink through tsx, so node_modules/ink must carry the Ink backport too (the
// bundle gets it while it is built: scripts/ink-patch.ts). patch-package applies
// patches/ink+6.8.0.patch once and finds it applied after that. It runs here, in the checkout,
// and never on an install of brms-tui (package.json has no install scripts).
const patched = spawnSync(process.execPath, [join(root, 'node_modules/patch-package/index.js')], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
if (patched.status !== 0) process.exit(patched.status ?? 1);
const only = process.argv.slice(2);
const files = [];
const walk = dir => {
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path);
		else if (/\.test\.tsx?$/.test(entry.name)) files.push(relative(root, path));
	}
};
walk(join(root, 'test'));
const selected = only.length > 0 ? files.filter(file => only.some(part => file.includes(part))) : files;
// Colours on, so tests can read display attributes out of ink-testing-library's frames.
// The demo's simulated backup jobs walk their steps quickly under test.
const env = {...process.env, FORCE_COLOR: '3', BRMS_TUI_DEMO_STEP_MS: '5'};
delete env.CI;
delete env.NO_COLOR;
// Every test has a time limit (a hang fails its test instead of stalling CI): node applies it to
// each test and to each file as a whole (so it is a file's budget); a test may set a shorter one.
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=300000', ...selected.sort()], {cwd: root, stdio: 'inherit', env});
process.exit(result.status ?? 1);
