// `brms-tui submit … | head`: the reader goes away while the job is followed. Node's own answer
// was an unhandled EPIPE with its stack trace; brms-tui stops quietly with SIGPIPE's exit code.

import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));

test('a reader that closes the pipe mid-follow ends brms-tui with exit 141 and nothing on stderr, never a trace', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-pipe-'));
	const child = spawn(process.execPath, [PROGRAM, 'submit', 'SYSWODOM', '--sbmjob', '*YES'], {
		env: {...process.env, BRMS_TUI_HOME: home, BRMS_TUI_DEMO_STEP_MS: '50'},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', chunk => {
		stderr += chunk;
	});
	// As `head -1` does: the first line read, then the pipe closed.
	child.stdout.once('data', () => child.stdout.destroy());
	const code = await new Promise<number | null>(resolve => child.on('exit', resolve));
	assert.equal(code, 141, stderr);
	assert.equal(stderr, '');
});
