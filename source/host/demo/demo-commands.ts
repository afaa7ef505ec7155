// The demo system's answer to a CL command: what a BRMS host would print through the PASE
// system utility for STRBKUBRM (CPC1221 when submitted; BRM1380 … BRM1049 when run in the
// session), so trainees see realistic messages. Every run is planned and kept in the demo's
// BRMS log (demo-job.ts, demo-log.ts). BRM1380/BRM1049 are the "probable" IDs of brms.md §5.3
// [?]; the demo's own refusals come from the message table (brms-tui IDs).

import type {ControlGroup} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import type {HostMessage} from '../../domain/strbkubrm.js';
import type {CommandRun} from '../host.js';
import {demoRunOf, planDemoJob} from './demo-job.js';
import {type DemoBrmsLog, drivesInUse} from './demo-log.js';

/** The job a run in the session (SBMJOB(*NO)) runs in: the SSH session's PASE job [K]. */
const SESSION_JOB = 'QP0ZSPWP';

export function demoRunCommand(clCommand: string, groups: () => ControlGroup[], log: DemoBrmsLog, stepMs: number): CommandRun {
	const completion = (id: string, text: string): HostMessage => ({id, text, stream: 'stdout'});
	const escapeMessage = ({id, text}: {id: string; text: string}): HostMessage => ({id, text, stream: 'stderr'});
	const match = /^STRBKUBRM CTLGRP\(([^)]+)\).*SBMJOB\((\*\w+)\)/.exec(clCommand);
	if (!match) {
		return {outcome: 'completed', exitCode: 1, messages: [escapeMessage(message('demoRunsOnlyStrbkubrm'))]};
	}
	const [, name, submit] = match as unknown as [string, string, string];
	const group = groups().find(each => each.name === name);
	if (!group) {
		return {outcome: 'completed', exitCode: 1, messages: [escapeMessage(message('demoGroupNotFound', name))]};
	}
	const number = log.takeJobNumber();
	const run = demoRunOf(clCommand);
	if (submit === '*YES' || submit === '*CTLSBS') {
		// The demo names the job after the group (a shipped *NAME becomes QNAME).
		const job = `${number}/OPER/${name.replace(/^\*/, 'Q')}`;
		log.add(planDemoJob({job, group, run, submittedAt: Date.now(), stepMs, drivesInUse: drivesInUse(log.jobs())}));
		const queue = submit === '*CTLSBS' ? 'the controlling subsystem' : 'job queue QBATCH in library QGPL';
		return {outcome: 'completed', exitCode: 0, messages: [completion('CPC1221', `Job ${job} submitted to ${queue}.`)]};
	}
	// In the session: the whole run at once, its messages when it ends; BRM10A1 and BRM1820 are
	// escapes, so the utility reports an error completion (ibmi-ssh.md §1.5).
	const record = planDemoJob({
		job: `${number}/OPER/${SESSION_JOB}`,
		group,
		run: {sequence: run.sequence},
		submittedAt: Date.now(),
		stepMs: 0,
		drivesInUse: drivesInUse(log.jobs()),
		mayWait: false,
	});
	log.add(record);
	const messages = record.events.filter(event => event.logged && event.id !== '');
	const failed = messages.at(-1)?.id !== 'BRM1049';
	return {
		outcome: 'completed',
		exitCode: failed ? 1 : 0,
		messages: messages.map(each => (failed ? escapeMessage(each) : completion(each.id, each.text))),
	};
}
