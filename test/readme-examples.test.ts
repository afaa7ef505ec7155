// Every command line in the README's `sh` blocks runs as written: in order, through a shell, as
// `brms-tui` on the PATH (the built bin), on the demo system in a scratch BRMS_TUI_HOME and
// working folder. A full-screen line runs in a pseudo-terminal and is left with F3; a line
// marked "# needs a real IBM i" is skipped, and the test says which. The README's `--help` block
// is what the program prints.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {spawnInPty} from './helpers/pty.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NEEDS_HOST = 'needs a real IBM i';

/** The README's command lines: `brms-tui …` in ```sh blocks, with the comment that follows. */
function readmeCommands(readme: string): Array<{line: string; comment: string}> {
	const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map(match => match[1]!);
	return blocks.flatMap(block =>
		block
			.split('\n')
			.map(text => /^(?:\$ )?(brms-tui(?: [^#]*)?)(?:#(.*))?$/.exec(text.trim()))
			.filter(match => match !== null)
			.map(match => ({line: match[1]!.trim(), comment: (match[2] ?? '').trim()})),
	);
}

/** The panels: no command, or only options, or the key-test panel. */
const isFullScreen = (line: string) =>
	/^brms-tui( --\S+( \S+)?)*$/.test(line) || /^brms-tui keys --test\b/.test(line) || (/^brms-tui learn\b/.test(line) && !line.includes('--report'));

test("every command line of the README's sh blocks runs as written on the demo system", async () => {
	const commands = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
	const scratch = mkdtempSync(join(tmpdir(), 'brms-tui-readme-'));
	const bin = join(scratch, 'bin');
	const cwd = join(scratch, 'work');
	mkdirSync(bin);
	mkdirSync(cwd);
	symlinkSync(join(ROOT, 'dist/brms-tui.cjs'), join(bin, 'brms-tui'));
	const env = {BRMS_TUI_HOME: join(scratch, 'home'), PATH: `${bin}:${dirname(process.execPath)}:${process.env['PATH']}`};
	let ran = 0;
	for (const {line, comment} of commands) {
		if (comment.includes(NEEDS_HOST)) {
			console.log(`skipped (${NEEDS_HOST}): ${line}`);
			continue;
		}
		if (isFullScreen(line)) {
			const session = spawnInPty('/bin/sh', ['-c', line], {cwd, env});
			try {
				await session.waitForText(/Work with Backup Control Groups|Key Test|Opt {2}Lesson/, 20_000);
				await session.type('\u001BOR');
				assert.equal((await session.waitForExit(10_000)).exitCode, 0, line);
			} finally {
				await session.kill();
			}
		} else {
			const result = spawnSync('/bin/sh', ['-c', line], {cwd, encoding: 'utf8', env: {...process.env, ...env}});
			assert.equal(result.status, 0, `${line}\n${result.stderr}`);
			assert.doesNotMatch(result.stderr, /^brms-tui: (?!warning:)/m, line);
		}
		ran++;
	}
	// The tour, the scripting, systems and keys examples: all of them found and run.
	assert.ok(ran >= 15, `${ran} lines ran`);
	assert.ok(
		commands.some(each => each.line.includes('--retention *DAYS 35') && !each.comment.includes(NEEDS_HOST)),
		'the --retention TYPE N form runs',
	);
});

test("the README's brms-tui --help block is what the program prints", () => {
	const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
	const block = /`brms-tui --help`:\n\n```text\n([\s\S]*?)```\n/.exec(readme)?.[1];
	assert.ok(block, 'a ```text block after `brms-tui --help`:');
	const help = spawnSync(process.execPath, [join(ROOT, 'dist/brms-tui.cjs'), '--help'], {encoding: 'utf8'});
	assert.equal(help.status, 0);
	assert.equal(block, help.stdout);
});
