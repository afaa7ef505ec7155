// The demo system's answer to a CL command: what a BRMS host would print through the PASE
// system utility for STRBKUBRM (CPC1221 when submitted; BRM1380 … BRM1049 when run in the
// session), so trainees see realistic messages. BRM1380/BRM1049 are the "probable" IDs of
// brms.md §5.3 [?]; the demo's own refusals come from the message table (brms-tui IDs).

import type {ControlGroup} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import type {HostMessage} from '../../domain/strbkubrm.js';
import type {CommandRun} from '../host.js';

let jobNumber = 654_320;

export function demoRunCommand(clCommand: string, groups: () => ControlGroup[]): CommandRun {
	const completion = (id: string, text: string): HostMessage => ({id, text, stream: 'stdout'});
	const escapeMessage = ({id, text}: {id: string; text: string}): HostMessage => ({id, text, stream: 'stderr'});
	const match = /^STRBKUBRM CTLGRP\(([^)]+)\).*SBMJOB\((\*\w+)\)/.exec(clCommand);
	if (!match) {
		return {outcome: 'completed', exitCode: 1, messages: [escapeMessage(message('demoRunsOnlyStrbkubrm'))]};
	}
	const [, name, submit] = match as unknown as [string, string, string];
	if (!groups().some(group => group.name === name)) {
		return {outcome: 'completed', exitCode: 1, messages: [escapeMessage(message('demoGroupNotFound', name))]};
	}
	jobNumber += 1;
	if (submit === '*YES' || submit === '*CTLSBS') {
		const queue = submit === '*CTLSBS' ? 'the controlling subsystem' : 'job queue QBATCH in library QGPL';
		return {outcome: 'completed', exitCode: 0, messages: [completion('CPC1221', `Job ${jobNumber}/OPER/${name.replace(/^\*/, 'Q')} submitted to ${queue}.`)]};
	}
	return {
		outcome: 'completed',
		exitCode: 0,
		messages: [
			completion('BRM1380', `Control group ${name} type *BKU processing started.`),
			completion('BRM1049', `Control group ${name} type *BKU processing is complete.`),
		],
	};
}
