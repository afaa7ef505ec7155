// Leaving the full screen leaves the terminal as it was: the main screen and its scrollback
// untouched (no ESC[3J, no frame drawn there), the cursor shown and where it was, the tty's modes
// back — on F3, on an error and on every signal. Proven in a real pseudo-terminal read by a
// terminal emulator, and in tmux (its own scrollback, as a remote admin's session has it).
//
// The program runs under a shell that first fills the screen and scrollback (`seq 1 200`), and
// afterwards prints its exit status and whether the tty's modes (`stty -g`) are what they were:
// so the main screen, scrollback included, must end up holding exactly those lines.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {spawnInPty} from '../helpers/pty.js';
import {waitFor} from '../helpers/virtual-terminal.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const ESC = '\u001B';
const F3 = `${ESC}OR`;
const SEQ = Array.from({length: 200}, (_, index) => String(index + 1));

type Session = ReturnType<typeof spawnInPty>;
let session: Session | undefined;
afterEach(async () => {
	await session?.kill();
	session = undefined;
});

/** Option 2 on *BKUGRP, then XYZ typed over the start of its text — never Entered. */
async function typeNewText(s: Session) {
	await s.type('2\r');
	await s.waitForText('Edit Backup Control Group Entries');
	// Home: the first field (Default activity); Tab: the text.
	await s.type(`${ESC}[H`);
	await s.type('\t');
	await s.waitFor(() => s.terminal.cursor().row === 5 && s.terminal.cursor().col === 30);
	await s.type('XYZ');
	await s.waitFor(() => s.terminal.textAt(5, 30, 5) === 'XYZry');
}

const shellScript = (program: string) =>
	`s=$(stty -g); seq 1 200; ${program}; code=$?; if [ "$s" = "$(stty -g)" ]; then m=same; else m=changed; fi; echo "exit=$code modes=$m"`;

/** The shell's child: the program (by PID, to signal it as `kill` from another terminal would). */
function childOf(pid: number): number {
	// From /proc (field 4 of stat is the parent), so the test needs no procps.
	const children = readdirSync('/proc').filter(entry => {
		if (!/^\d+$/.test(entry)) return false;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] === String(pid);
		} catch {
			return false; // Gone meanwhile.
		}
	});
	assert.equal(children.length, 1, `one child of ${pid}`);
	return Number(children[0]);
}

async function startUnderShell(home = mkdtempSync(join(tmpdir(), 'brms-tui-restore-'))) {
	session = spawnInPty('/bin/sh', ['-c', shellScript(`'${process.execPath}' '${PROGRAM}'`)], {env: {BRMS_TUI_HOME: home}});
	await session.waitForText('Work with Backup Control Groups', 20_000);
	await session.waitForText('F24=More keys');
	assert.equal(session.terminal.isAlternateScreen(), true);
	return {s: session, program: childOf(session.pid), home};
}

/** The terminal after the shell ended: the main screen holds the shell's lines and nothing else. */
async function assertRestored(s: Session, exitLine: string, said: string[] = []) {
	await s.waitForExit(10_000);
	assert.equal(s.terminal.isAlternateScreen(), false);
	assert.deepEqual(s.terminal.mainScreenHistory(), [...SEQ, ...said, exitLine]);
	assert.equal(s.terminal.isCursorVisible(), true);
	const output = s.output();
	assert.equal(output.includes(`${ESC}[3J`), false, 'the scrollback is never erased');
	// After the alternate screen was left, only plain text (the line said, the shell's) follows.
	const after = output.slice(output.lastIndexOf(`${ESC}[?1049l`) + `${ESC}[?1049l`.length);
	assert.equal(after.includes(ESC), false, `nothing drawn on the main screen: ${JSON.stringify(after)}`);
}

test('F3: the main screen and its scrollback as they were, cursor and tty modes back', async () => {
	const {s} = await startUnderShell();
	await s.type(F3);
	await assertRestored(s, 'exit=0 modes=same');
});

for (const [signal, code] of [
	['SIGTERM', 143],
	['SIGHUP', 129],
	['SIGINT', 130],
	['SIGQUIT', 131],
] as const) {
	test(`${signal} from outside: the terminal as it was, quietly when nothing typed is lost`, async () => {
		const {s, program} = await startUnderShell();
		process.kill(program, signal);
		await assertRestored(s, `exit=${code} modes=same`);
	});
}

test('a signal while an edit is unsaved: one line names the panel and says the typing was not saved', async () => {
	const {s, program} = await startUnderShell();
	await typeNewText(s);
	process.kill(program, 'SIGTERM');
	await assertRestored(s, 'exit=143 modes=same', ['brms-tui: ended by SIGTERM; the typing on Edit Backup Control Group Entries was not saved.']);
});

test('an error while the panels run: the terminal as it was, then one line, exit 1', async () => {
	const {s, home} = await startUnderShell();
	// The store file damaged under the running program; F5 reads it again.
	writeFileSync(join(home, 'system-demo.json'), '{damaged');
	await s.type(`${ESC}[15~`);
	await s.waitForExit(10_000);
	const lines = s.terminal.mainScreenHistory();
	assert.match(lines.at(-2) ?? '', /^brms-tui: .*JSON/);
	await assertRestored(s, 'exit=1 modes=same', [lines.at(-2)!]);
});

test('F3 on the "terminal too small" notice does what F3 on the panel does: a valid edit is saved', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-restore-'));
	session = spawnInPty(process.execPath, [PROGRAM], {env: {BRMS_TUI_HOME: home}});
	const s = session;
	await s.waitForText('F24=More keys', 20_000);
	await typeNewText(s);
	s.resize(70, 20);
	await s.waitForText('This terminal is 70x20');
	await s.type(F3);
	assert.equal((await s.waitForExit(10_000)).exitCode, 0);
	const shown = spawnSync(process.execPath, [PROGRAM, 'show', '*BKUGRP', '--json'], {encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
	assert.equal((JSON.parse(shown.stdout) as {text: string}).text, 'XYZry created by BRM configuration');
});

test('keys typed as the full screen opens are not echoed by the tty: they reach the panel', async () => {
	session = spawnInPty(process.execPath, [PROGRAM], {env: {BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-restore-'))}});
	const s = session;
	// Typed the moment the alternate screen is entered, before the key reader is subscribed.
	await waitFor(() => s.output().includes(`${ESC}[?1049h`), {timeout: 20_000, message: 'the alternate screen'});
	await s.type('2\r');
	await s.waitForText('Edit Backup Control Group Entries');
	assert.equal(s.output().includes('2\r\n'), false, 'no echo');
	assert.match(s.terminal.row(1), /^ {20}Edit Backup Control Group Entries/);
	assert.match(s.terminal.row(3), /^ Group \. .*: \*BKUGRP/);
});

// ---- tmux --------------------------------------------------------------------------------------

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const tmuxSkip = hasTmux ? false : process.env['BRMS_TUI_REQUIRE_TMUX'] ? false : 'tmux is not installed (CI installs it: .ci/run)';

/** A tmux server of this test's own (its own socket), ended by its PID. */
function tmuxServer() {
	const socket = `brms-tui-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	const env = {...process.env, TERM: 'xterm-256color'};
	const tmux = (...args: string[]) => {
		const result = spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8', env});
		assert.equal(result.status, 0, `tmux ${args.join(' ')}: ${result.stderr}`);
		return result.stdout;
	};
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-tmux-'));
	tmux('new-session', '-d', '-x', '80', '-y', '24', `env PS1='$ ' BRMS_TUI_HOME='${home}' /bin/sh`);
	const serverPid = Number(tmux('display-message', '-p', '#{pid}').trim());
	const show = (format: string) => tmux('display-message', '-p', format).trim();
	const history = () => tmux('capture-pane', '-p', '-S', '-').replace(/\n+$/, '').split('\n');
	const stop = () => {
		try {
			process.kill(serverPid, 'SIGTERM');
		} catch {
			// Already gone.
		}
	};
	return {tmux, show, history, stop};
}

async function tmuxRun(end: (server: ReturnType<typeof tmuxServer>) => void, expectedStatus: number) {
	const server = tmuxServer();
	try {
		server.tmux('send-keys', 'seq 1 200', 'Enter');
		await waitFor(() => server.history().includes('200'), {message: 'seq in tmux'});
		const command = `'${process.execPath}' '${PROGRAM}'`;
		server.tmux('send-keys', command, 'Enter');
		await waitFor(() => server.show('#{alternate_on}') === '1' && server.tmux('capture-pane', '-p').includes('F24=More keys'), {
			timeout: 20_000,
			message: 'the panel in tmux',
		});
		const historySize = server.show('#{history_size}');
		end(server);
		// The shell's prompt comes back on the line after the command, where the cursor was.
		await waitFor(() => server.show('#{alternate_on}') === '0' && server.history().at(-1) === '$', {timeout: 10_000, message: 'the prompt in tmux'});
		assert.equal(server.show('#{history_size}'), historySize, 'tmux history unchanged');
		server.tmux('send-keys', 'echo "exit=$?"', 'Enter');
		await waitFor(() => server.history().at(-2)?.startsWith('exit=') === true, {message: 'the exit status in tmux'});
		assert.deepEqual(server.history(), ['$ seq 1 200', ...SEQ, `$ ${command}`, '$ echo "exit=$?"', `exit=${expectedStatus}`, '$']);
	} finally {
		server.stop();
	}
}

test('tmux at 80x24: F3 leaves its scrollback and screen as they were', {skip: tmuxSkip}, async () => {
	await tmuxRun(server => server.tmux('send-keys', 'F3'), 0);
});

test('tmux at 80x24: SIGTERM leaves its scrollback and screen as they were', {skip: tmuxSkip}, async () => {
	await tmuxRun(server => process.kill(childOf(Number(server.show('#{pane_pid}'))), 'SIGTERM'), 143);
});
