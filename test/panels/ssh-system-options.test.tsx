// Every WRKCTLGBRM option opened on a system reached over SSH (the in-process IBM i): nothing
// claims a host did what it did not say, and no demo file is written. Option 6 sends exactly
// the ADDJOBSCDE command to that host and shows its answer — added, refused, or not seen.

import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {Workplace} from '../../source/cli/workplace.js';
import {SystemsStore} from '../../source/store/systems-store.js';
import {KeyDecoder} from '../../source/ui/keys/decoder.js';
import {DEFAULT_KEY_TABLE} from '../../source/ui/keys/key-table.js';
import {fakeIbmiClient, type Reply, startFakeIbmi} from '../helpers/ibmi-ssh-server.js';
import {KEY, type RenderedApp, renderScreen} from '../helpers/ink-app.js';

const BKUGRP_ROW = 11;

/** Types an option next to the first group (*BKUGRP: Home, then Tab past Position to) and presses Enter. */
async function option(s: RenderedApp, value: string) {
	await s.press(KEY.home, KEY.tab, value, KEY.enter);
}

const SCHEDULED =
	"ADDJOBSCDE JOB(BKUGRP) CMD(STRBKUBRM CTLGRP(*BKUGRP) SBMJOB(*NO)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(2200) TEXT('Backup control group *BKUGRP')";

test('every option on an SSH system: no demo file written; option 6 sends exactly ADDJOBSCDE and reports what the host said', async () => {
	let answer: Reply = {stdout: 'CPC1238: Job schedule entry BKUGRP number 000017 added.\n'};
	const server = await startFakeIbmi({clientPublicKey: fakeIbmiClient.publicKey, reply: () => answer});
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-ssh-options-'));
	const knownHosts = join(home, 'prod1_known_hosts');
	writeFileSync(knownHosts, `${server.knownHostsLine}\n`);
	const env = {BRMS_TUI_HOME: home};
	new SystemsStore(env).add({name: 'PROD1', host: '127.0.0.1', port: server.port, user: 'OPER', keyPath: fakeIbmiClient.keyPath, knownHostsPath: knownHosts});
	const agent = process.env['SSH_AUTH_SOCK'];
	delete process.env['SSH_AUTH_SOCK'];
	let s: RenderedApp | undefined;
	try {
		s = await renderScreen(<Workplace system="prod1" env={env} theme={{monochrome: false, underscores: false}} decoder={new KeyDecoder(DEFAULT_KEY_TABLE)} />);
		assert.match(s.row(1), /Work with Backup Control Groups +PROD1$/);
		assert.equal(s.textAt(BKUGRP_ROW, 7, 7), '*BKUGRP');
		// Each option opens its panel and F12 leaves it, nothing kept (option 1 prompts for a new name).
		const titles: Record<string, RegExp> = {
			'1': /Create Backup Control Group/,
			'2': /Edit Backup Control Group Entries/,
			'3': /Copy Backup Control Group/,
			'4': /Confirm Delete of Backup Control Groups/,
			'5': /Display Backup Control Group Entries/,
			'8': /Change Backup Control Group Attributes/,
			'9': /Subsystems to Process/,
			'10': /Job Queues to Process/,
		};
		for (const [value, title] of Object.entries(titles)) {
			await option(s, value);
			assert.match(s.row(1), title, `option ${value}`);
			await s.press(KEY.f12);
			await s.waitFor(lines => /Work with Backup Control Groups/.test(lines[0]!));
		}
		assert.deepEqual(server.commands, [], 'browsing the options sends nothing');

		// Option 6: the host adds it.
		await option(s, '6');
		assert.match(s.row(1), /Add Job Schedule Entry \(ADDJOBSCDE\) +PROD1$/);
		await s.press(KEY.enter);
		await s.waitFor(lines => lines[0]!.includes('Messages from the Host'), 10_000);
		assert.deepEqual(server.commands, [
			`echo 'brms-tui: this should be the only text' && read go && /QOpenSys/usr/bin/system '${SCHEDULED.replaceAll("'", `'\\''`)}'`,
		]);
		assert.ok(s.lines().some(line => line.trim() === 'CPC1238: Job schedule entry BKUGRP number 000017 added.'));
		await s.press(KEY.enter);
		assert.equal(s.row(24), ' Job schedule entry BKUGRP added on system PROD1.');

		// The host refuses it: its messages, and the list says it was not added.
		answer = {stderr: 'CPF2189: Not authorized to object QDFTJOBSCD in QUSRSYS type *JOBSCD.\nCPF0001: Error found on ADDJOBSCDE command.\n', exitCode: 1};
		await option(s, '6');
		await s.press(KEY.enter);
		await s.waitFor(lines => lines[0]!.includes('Messages from the Host'), 10_000);
		assert.ok(s.lines().some(line => line.trim() === 'CPF2189: Not authorized to object QDFTJOBSCD in QUSRSYS type *JOBSCD.'));
		assert.ok(s.lines().some(line => line.trim() === 'The command ended in error (exit status 1).'));
		await s.press(KEY.enter);
		assert.equal(s.row(24), ' Job schedule entry BKUGRP not added on PROD1: the host refused it.');

		// The connection drops before the host answers: outcome unknown, never "added".
		answer = {drop: true};
		await option(s, '6');
		await s.press(KEY.enter);
		await s.waitFor(lines => lines[0]!.includes('Messages from the Host'), 10_000);
		const said = s
			.lines()
			.map(line => line.trim())
			.join(' ');
		assert.match(said, /Outcome unknown: the connection ended before the command finished\. Check on the host\./);
		await s.press(KEY.enter);
		assert.equal(s.row(24), ' Job schedule entry BKUGRP on PROD1: outcome unknown; see WRKJOBSCDE.');
	} finally {
		if (agent !== undefined) process.env['SSH_AUTH_SOCK'] = agent;
		s?.unmount();
		await server.close();
	}
	// Only PROD1's own files: no demo store, no demo job schedule.
	assert.equal(existsSync(join(home, 'demo-job-schedule.json')), false);
	assert.deepEqual(
		readdirSync(home).filter(name => name.includes('demo')),
		[],
	);
});
