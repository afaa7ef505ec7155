import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {ATTRIBUTE_DEFINITIONS} from '../../source/domain/attributes.js';
import {spawnInPty} from '../helpers/pty.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));

function freshHome(): string {
	return mkdtempSync(join(tmpdir(), 'brms-tui-data-'));
}

function run(args: string[], home: string, input?: string) {
	const result = spawnSync(process.execPath, [PROGRAM, ...args], {encoding: 'utf8', input, env: {...process.env, BRMS_TUI_HOME: home}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

type Expected = Partial<Record<'listType' | 'retainObjectDetail' | 'saveWhileActive' | 'swaMessageQueue', string>>;

// The seed as the 7.x panels show it (catalog.ts): library and list entries on *SYSBAS, sync ID
// *NONE where save while active is on; blank on *EXIT and the special saves.
const ON_SYSBAS = new Set(['*ALLUSR', '*IBM', 'QLTSEXCL', 'QIBMLINK', 'QALLUSRLNK']);

function entry(seq: number, item: string, values: Expected = {}) {
	const active = values.saveWhileActive !== undefined && values.saveWhileActive !== '*NO';
	const base = {
		seq,
		item,
		listType: values.listType ?? null,
		activity: '*DFTACT',
		retainObjectDetail: values.retainObjectDetail ?? null,
		saveWhileActive: values.saveWhileActive ?? null,
		swaMessageQueue: values.swaMessageQueue ?? null,
		aspDevice: ON_SYSBAS.has(item) ? '*SYSBAS' : null,
		syncId: ON_SYSBAS.has(item) && active ? '*NONE' : null,
	};
	return item === '*EXIT' ? {...base, exitCommand: null} : base;
}

test('show SYSWODOM --json prints the seed group exactly', () => {
	const {status, stdout} = run(['show', 'SYSWODOM', '--json'], freshHome());
	assert.equal(status, 0);
	const group = JSON.parse(stdout);
	assert.deepEqual(Object.keys(group), ['name', 'text', 'defaultActivity', 'attributes', 'entries', 'subsystems', 'jobQueues']);
	assert.equal(group.name, 'SYSWODOM');
	assert.equal(group.text, 'Backs up all user data except notes');
	assert.equal(group.defaultActivity, 'FFFFFFF');
	assert.equal(group.attributes.fullMediaPolicy, 'FULL');
	assert.equal(group.attributes.incrMediaPolicy, 'INCR');
	assert.deepEqual(group.entries, [
		entry(10, '*EXIT'),
		entry(20, '*SAVSECDTA', {retainObjectDetail: '*NO'}),
		entry(30, '*SAVCFG', {retainObjectDetail: '*NO'}),
		entry(40, '*ALLUSR', {retainObjectDetail: '*ERR', saveWhileActive: '*YES', swaMessageQueue: '*LIB'}),
		entry(50, '*ALLDLO', {retainObjectDetail: '*NO', saveWhileActive: '*YES'}),
		entry(60, 'QLTSEXCL', {listType: '*LNK', retainObjectDetail: '*YES', saveWhileActive: '*YES', swaMessageQueue: '*LIB'}),
		entry(70, '*EXIT'),
	]);
	assert.deepEqual(Object.keys(group.entries[0]), [
		'seq',
		'item',
		'listType',
		'activity',
		'retainObjectDetail',
		'saveWhileActive',
		'swaMessageQueue',
		'aspDevice',
		'syncId',
		'exitCommand',
	]);
});

test('show RESTRICTED --json prints the seed group exactly', () => {
	const {status, stdout} = run(['show', 'restricted', '--json'], freshHome());
	assert.equal(status, 0);
	const group = JSON.parse(stdout);
	assert.equal(group.text, 'Backs up all system data');
	assert.equal(group.defaultActivity, '*BKUPCY');
	assert.deepEqual(group.entries, [
		entry(10, '*EXIT'),
		entry(20, '*SAVSYS'),
		entry(30, '*IBM', {retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
		entry(40, 'QIBMLINK', {listType: '*LNK', retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
		entry(50, '*EXIT'),
	]);
});

test('list --json prints name, media policies and text of every group in WRKCTLGBRM order', () => {
	const {status, stdout} = run(['list', '--json'], freshHome());
	assert.equal(status, 0);
	const rows = JSON.parse(stdout);
	assert.deepEqual(
		rows.map((row: {name: string}) => row.name),
		['*BKUGRP', '*SYSGRP', '*SYSTEM', 'QLTSDOM01', 'QLTSDOM02', 'QLTSSVR', 'RESTRICTED', 'SYSWODOM'],
	);
	assert.deepEqual(rows[7], {name: 'SYSWODOM', fullMediaPolicy: 'FULL', incrMediaPolicy: 'INCR', text: 'Backs up all user data except notes'});
	assert.deepEqual(Object.keys(rows[0]), ['name', 'fullMediaPolicy', 'incrMediaPolicy', 'text']);
});

test('list and show print plain columns when piped', () => {
	const home = freshHome();
	const list = run(['list'], home);
	assert.equal(list.status, 0);
	const lines = list.stdout.trimEnd().split('\n');
	assert.match(lines[0]!, /^Control Group\s+Full Media Policy\s+Incr Media Policy\s+Text$/);
	assert.match(lines[8]!, /^SYSWODOM\s+FULL\s+INCR\s+Backs up all user data except notes$/);
	assert.doesNotMatch(list.stdout, /[┌│]/);
	const show = run(['show', 'SYSWODOM'], home);
	assert.match(show.stdout, /^Control group \. \. .* : SYSWODOM$/m);
	// The entry in the columns of the Display Backup Control Group Entries panel.
	assert.match(show.stdout, /^ {2}60 QLTSEXCL {3}\*LNK \*SYSBAS {5}\*DFTACT {2}\*YES {3}\*YES {5}\*LIB {7}\*NONE$/m);
});

test('show fits an 80-column terminal and shows every attribute, the exits, subsystems and job queues', async () => {
	const home = freshHome();
	for (const group of ['QLTSSVR', 'RESTRICTED', 'SYSWODOM']) {
		const view = JSON.parse(run(['show', group, '--json'], home).stdout) as {
			attributes: Record<string, string | string[] | null>;
			entries: Array<{seq: number; exitCommand?: string | null}>;
		};
		const session = spawnInPty(process.execPath, [PROGRAM, 'show', group], {cols: 80, rows: 200, env: {BRMS_TUI_HOME: home}});
		try {
			assert.equal((await session.waitForExit(20_000)).exitCode, 0);
			const printed = session.output().replaceAll('\r\n', '\n');
			// The same text as piped, and no line that a terminal 80 columns wide would wrap.
			assert.equal(printed, run(['show', group], home).stdout);
			for (const line of printed.split('\n')) assert.ok(line.length <= 80, `${group}: ${line}`);
			for (const definition of ATTRIBUTE_DEFINITIONS) {
				const value = view.attributes[definition.key];
				const shown = Array.isArray(value) ? value.join(' ') : (value ?? '');
				const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
				assert.match(printed, new RegExp(`^ *${escaped(definition.label)} [. ]*:${shown ? ` ${escaped(shown)}` : ''}$`, 'm'), `${group}: ${definition.label}`);
			}
			for (const entry of view.entries) if (entry.exitCommand) assert.ok(printed.includes(entry.exitCommand.slice(0, 40)), `${group}: exit ${entry.seq}`);
		} finally {
			await session.kill();
		}
	}
	const restricted = run(['show', 'RESTRICTED'], home).stdout;
	assert.match(restricted, /^Subsystems to process$/m);
});

test('show of a group that does not exist exits 2 with a message', () => {
	const result = run(['show', 'NOSUCH'], freshHome());
	assert.equal(result.status, 2);
	assert.match(result.stderr, /Control group NOSUCH not found/);
});

test('export then import round-trips groups into another system store', () => {
	const source = freshHome();
	const exported = run(['export', 'SYSWODOM', 'RESTRICTED'], source);
	assert.equal(exported.status, 0);
	const document = JSON.parse(exported.stdout);
	assert.equal(document.format, 'brms-tui/1');
	assert.deepEqual(
		document.controlGroups.map((group: {name: string}) => group.name),
		['SYSWODOM', 'RESTRICTED'],
	);
	document.controlGroups[0].name = 'SYSWODOM2';
	const file = join(freshHome(), 'groups.json');
	writeFileSync(file, JSON.stringify(document));
	const target = freshHome();
	const imported = run(['import', file], target);
	assert.equal(imported.status, 0, imported.stderr);
	assert.match(imported.stdout, /2 control groups imported/);
	const copy = JSON.parse(run(['show', 'SYSWODOM2', '--json'], target).stdout);
	const original = JSON.parse(run(['show', 'SYSWODOM', '--json'], target).stdout);
	assert.deepEqual({...copy, name: 'SYSWODOM'}, original);
});

test('export --output writes the document to a file; import - reads standard input', () => {
	const home = freshHome();
	const file = join(home, 'all.json');
	assert.equal(run(['export', '--output', file], home).status, 0);
	const document = JSON.parse(readFileSync(file, 'utf8'));
	assert.equal(document.controlGroups.length, 8);
	document.controlGroups = [{...document.controlGroups[7], name: 'FROMSTDIN'}];
	const result = run(['import', '-'], home, JSON.stringify(document));
	assert.equal(result.status, 0, result.stderr);
	assert.equal(JSON.parse(run(['list', '--json'], home).stdout).length, 9);
});

test('an invalid import names group, entry and field, exits 2 and stores nothing', () => {
	const home = freshHome();
	const document = JSON.parse(run(['export', 'SYSWODOM'], home).stdout);
	document.controlGroups.push({...document.controlGroups[0], name: 'BADGROUP'});
	document.controlGroups[1].entries[3].seq = 'forty';
	const file = join(home, 'bad.json');
	writeFileSync(file, JSON.stringify(document));
	const before = readFileSync(join(home, 'system-demo.json'), 'utf8');
	const result = run(['import', file], home);
	assert.equal(result.status, 2);
	assert.match(result.stderr, /control group BADGROUP, entry 4, field seq: seq must be a whole number\./);
	assert.equal(readFileSync(join(home, 'system-demo.json'), 'utf8'), before);
});

test('import refuses a file that is not JSON, or not a brms-tui/1 document', () => {
	const home = freshHome();
	const notJson = join(home, 'x.json');
	writeFileSync(notJson, '{nope');
	assert.match(run(['import', notJson], home).stderr, /is not valid JSON/);
	writeFileSync(notJson, JSON.stringify({format: 'other', controlGroups: []}));
	const result = run(['import', notJson], home);
	assert.equal(result.status, 2);
	assert.match(result.stderr, /field format: The document's format must be "brms-tui\/1"/);
});

test('a damaged store file stops every command with a message naming it, and is kept', () => {
	const home = freshHome();
	writeFileSync(join(home, 'system-demo.json'), '{"format": "brms-tui/store", "vers');
	const result = run(['list'], home);
	assert.equal(result.status, 1);
	assert.match(result.stderr, new RegExp(`The store file ${join(home, 'system-demo.json').replaceAll('/', '\\/')} is damaged`));
	assert.equal(readFileSync(join(home, 'system-demo.json'), 'utf8'), '{"format": "brms-tui/store", "vers');
});

test('on a terminal, list prints a bordered table', async () => {
	const session = spawnInPty(process.execPath, [PROGRAM, 'list'], {cols: 120, rows: 30, env: {BRMS_TUI_HOME: freshHome()}});
	try {
		const exit = await session.waitForExit();
		assert.equal(exit.exitCode, 0);
		await session.waitForText('SYSWODOM');
		const screen = session.terminal.lines().join('\n');
		assert.match(screen, /┌─+┬/);
		assert.match(screen, /│ Control Group │ Full Media Policy │ Incr Media Policy │ Text\s+│/);
		assert.match(screen, /│ SYSWODOM\s+│ FULL\s+│ INCR\s+│ Backs up all user data except notes │/);
	} finally {
		await session.kill();
	}
});

test('an import that breaks a BRMS rule names the group, the entry by sequence number, the field and the message ID', () => {
	const home = freshHome();
	const document = JSON.parse(run(['export', 'SYSWODOM'], home).stdout);
	document.controlGroups[0].name = 'NEWGRP';
	document.controlGroups[0].entries[3].retainObjectDetail = '*MAYBE';
	document.controlGroups[0].entries[1].saveWhileActive = '*YES';
	const file = join(home, 'rules.json');
	writeFileSync(file, JSON.stringify(document));
	const result = run(['import', file], home);
	assert.equal(result.status, 2);
	assert.match(result.stderr, /control group NEWGRP, entry 20, field saveWhileActive: TUI0214: Save while active does not apply to backup item \*SAVSECDTA/);
	assert.match(result.stderr, /control group NEWGRP, entry 40, field retainObjectDetail: TUI0208: Retain object detail \*MAYBE not valid/);
	assert.equal(JSON.parse(run(['list', '--json'], home).stdout).length, 8, 'nothing stored');
});

test('diff prints the change sheet from the group as last applied; applied starts it afresh; submit warns meanwhile', () => {
	const home = freshHome();
	assert.match(run(['diff', 'SYSWODOM'], home).stdout, /No changes to SYSWODOM since it was last marked applied on system demo\./);
	const document = JSON.parse(run(['export', 'SYSWODOM'], home).stdout);
	document.controlGroups[0].entries[3].retainObjectDetail = '*YES';
	const file = join(home, 'changed.json');
	writeFileSync(file, JSON.stringify(document));
	assert.equal(run(['import', file], home).status, 0);
	const sheet = JSON.parse(run(['diff', 'SYSWODOM', '--json'], home).stdout);
	assert.deepEqual(sheet, {
		group: 'SYSWODOM',
		system: 'demo',
		knownOnHost: true,
		steps: [
			{
				option: 2,
				where: 'Seq 40 *ALLUSR',
				change: 'Retain Object Detail *ERR -> *YES',
				edit: {kind: 'column', seq: 40, column: 'retainObjectDetail', value: '*YES'},
			},
		],
	});
	const submitted = run(['submit', 'SYSWODOM'], home);
	assert.equal(submitted.status, 0);
	assert.match(submitted.stderr, /warning: the local SYSWODOM has changes not applied on demo; STRBKUBRM runs the host's definition/);
	assert.match(run(['applied', 'SYSWODOM'], home).stdout, /SYSWODOM marked as applied on system demo/);
	assert.match(run(['diff', 'SYSWODOM'], home).stdout, /No changes/);
	assert.doesNotMatch(run(['submit', 'SYSWODOM'], home).stderr, /warning/);
});

test('submit on the demo system follows the submitted job to its end; --no-follow does not', () => {
	const home = freshHome();
	const followed = run(['submit', 'RESTRICTED', '--sbmjob', '*CTLSBS'], home);
	assert.equal(followed.status, 0, followed.stderr);
	const lines = followed.stdout.trimEnd().split('\n');
	assert.equal(lines[0], 'STRBKUBRM CTLGRP(RESTRICTED) SBMJOB(*CTLSBS)');
	assert.match(lines[1]!, /^CPC1221: Job \d{6}\/OPER\/RESTRICTED submitted/);
	assert.match(lines[2]!, /^\*JOBQ +Job \d{6}\/OPER\/RESTRICTED is waiting/);
	assert.match(followed.stdout, /^\*ACTIVE +Seq 40: QIBMLINK \(\*LNK\) saved\.$/m);
	assert.match(lines.at(-2)!, /^\*OUTQ +BRM1049: Control group RESTRICTED type \*BKU processing is complete\.$/);
	assert.match(lines.at(-1)!, /control group processing completed \(BRM1049 in the BRMS log\); the job ended with end code 0\.$/);
	const json = JSON.parse(run(['submit', 'SYSWODOM', '--json'], home).stdout);
	assert.deepEqual(json.jobEnd, {
		outcome: 'completed',
		verdictFrom: 'brmsLog',
		messageId: 'BRM1049',
		endCode: 0,
		summary: `Job ${json.job}: control group processing completed (BRM1049 in the BRMS log); the job ended with end code 0.`,
	});
	const unfollowed = JSON.parse(run(['submit', 'SYSWODOM', '--json', '--no-follow'], home).stdout);
	assert.equal(unfollowed.jobEnd, undefined);
	assert.match(unfollowed.job, /^\d{6}\/OPER\/SYSWODOM$/);
});

test('Ctrl+C while a submitted job is followed stops the waiting and says the host may still be working', async () => {
	const home = freshHome();
	const {spawn} = await import('node:child_process');
	const child = spawn(process.execPath, [PROGRAM, 'submit', 'SYSWODOM'], {env: {...process.env, BRMS_TUI_HOME: home, BRMS_TUI_DEMO_STEP_MS: '1000'}});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', chunk => (stdout += chunk));
	child.stderr.on('data', chunk => (stderr += chunk));
	await new Promise<void>(resolve => {
		const check = () => (stdout.includes('*JOBQ') ? resolve() : setTimeout(check, 20));
		check();
	});
	child.kill('SIGINT');
	const code = await new Promise(resolve => child.on('exit', resolve));
	assert.equal(code, 1);
	assert.match(stderr, /stopped waiting; STRBKUBRM CTLGRP\(SYSWODOM\) SBMJOB\(\*YES\) may still be running on demo/);
	assert.doesNotMatch(stdout, /processing completed/);
});

test('a trainer makes the demo give each verdict: BRM1049 exit 0, BRM10A1 (an item the demo lacks) exit 1, BRM1820 (a device it lacks) exit 1', () => {
	const home = freshHome();
	const group = JSON.parse(run(['export', 'SYSWODOM'], home).stdout);
	const trained = (change: (syswodom: {entries: object[]; attributes: Record<string, unknown>}) => void) => {
		const document = structuredClone(group);
		change(document.controlGroups[0]);
		const file = join(home, 'trained.json');
		writeFileSync(file, JSON.stringify(document));
		assert.equal(run(['import', file], home).status, 0);
		// The demo host runs what was applied on it.
		assert.equal(run(['applied', 'SYSWODOM'], home).status, 0);
		const submitted = run(['submit', 'SYSWODOM', '--json'], home);
		return {status: submitted.status, end: JSON.parse(submitted.stdout).jobEnd};
	};
	const missingItem = trained(syswodom => syswodom.entries.push({...(syswodom.entries[1] as object), seq: 65, item: 'NOSUCHLIB'}));
	assert.deepEqual([missingItem.status, missingItem.end.outcome, missingItem.end.messageId], [1, 'completedWithErrors', 'BRM10A1']);
	const missingDevice = trained(syswodom => (syswodom.attributes['backupDevices'] = ['TAP99']));
	assert.deepEqual(
		[missingDevice.status, missingDevice.end.outcome, missingDevice.end.messageId, missingDevice.end.endCode],
		[1, 'endedAbnormally', 'BRM1820', 20],
	);
	const fine = trained(() => {});
	assert.deepEqual([fine.status, fine.end.outcome], [0, 'completed']);
});

test('schedule on the demo system: the demo host adds the ADDJOBSCDE entry to its own scheduler and says so', () => {
	const home = freshHome();
	const result = run(['schedule', 'SYSWODOM', '--frequency', '*once', '--date', '*current', '--time', '2330'], home);
	assert.equal(result.status, 0, result.stderr);
	const command =
		"ADDJOBSCDE JOB(SYSWODOM) CMD(STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)) FRQ(*ONCE) SCDDATE(*CURRENT) SCDDAY(*NONE) SCDTIME(2330) TEXT('Backup control group SYSWODOM')";
	assert.equal(result.stdout, `${command}\nCPC1238: Job schedule entry SYSWODOM number 000001 added.\n`);
	const recorded = JSON.parse(readFileSync(join(home, 'demo-job-schedule.json'), 'utf8'));
	assert.deepEqual(
		recorded.entries.map((each: {command: string}) => each.command),
		[command],
	);
	const both = run(['schedule', 'SYSWODOM', '--date', '*current', '--days', '*mon'], home);
	assert.equal(both.status, 2);
	assert.match(both.stderr, /TUI0227: scheduleDays: With a schedule date, Schedule day must be \*NONE\./);
	const unknown = run(['schedule', 'NOGROUP', '--json'], home);
	assert.equal(unknown.status, 1);
	assert.equal(JSON.parse(unknown.stdout).messages[0].type, 'escape');
});

test('the attributes of brms.md §10.3 are in show --json; an import without them (an older export) takes their defaults; a bad value is refused', () => {
	const home = freshHome();
	const shown = JSON.parse(run(['show', 'SYSWODOM', '--json'], home).stdout);
	assert.equal(shown.attributes.iplRestartType, '*BKUPCY');
	assert.equal(shown.attributes.saveActiveWaitPendingRecords, '120');
	assert.equal(shown.attributes.backupItemExitProgramFormat, 'BKUI0100');
	const document = JSON.parse(run(['export', 'SYSWODOM'], home).stdout);
	const attributes = document.controlGroups[0].attributes;
	delete attributes.iplRestartType;
	delete attributes.backupItemExitProgram;
	attributes.saveActiveWaitObjectLocks = '*NOMAX';
	const file = join(home, 'older.json');
	writeFileSync(file, JSON.stringify(document));
	assert.equal(run(['import', file], home).status, 0);
	const imported = JSON.parse(run(['show', 'SYSWODOM', '--json'], home).stdout).attributes;
	assert.deepEqual([imported.iplRestartType, imported.backupItemExitProgram, imported.saveActiveWaitObjectLocks], ['*BKUPCY', '*BKUPCY', '*NOMAX']);
	attributes.iplRestartType = '*WARM';
	writeFileSync(file, JSON.stringify(document));
	const refused = run(['import', file], home);
	assert.equal(refused.status, 2);
	assert.match(
		refused.stderr,
		// The message's text, then its cause (what F1 shows in the panels).
		/field attributes\.iplRestartType: TUI0401: Value \*WARM not valid for IPL restart type\. IPL restart type: allowed: \*FULL, \*IPLA, \*SYS, \*BKUPCY\./,
	);
	// The change sheet names a nested attribute with its heading.
	document.controlGroups[0].attributes.iplRestartType = '*IPLA';
	writeFileSync(file, JSON.stringify(document));
	run(['import', file], home);
	run(['applied', 'SYSWODOM'], home);
	attributes.saveActiveWaitPendingRecords = '*NOCMTBDY';
	writeFileSync(file, JSON.stringify(document));
	run(['import', file], home);
	assert.match(run(['diff', 'SYSWODOM'], home).stdout, /Save active wait time: Pending record changes.*120 -> \*NOCMTBDY/);
});
