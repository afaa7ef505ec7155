// brms-tui schedule GROUP: the job-schedule entry WRKCTLGBRM option 6 adds (ADDJOBSCDE with
// Command to run STRBKUBRM CTLGRP(GROUP) SBMJOB(*NO)), added on the system it is for through its
// host: over SSH on the IBM i (the same system utility, quoting and checks as submit), on the
// demo system in its own scheduler. The host's messages are printed as `MSGID: text`, or as JSON
// {command, exitCode, messages, outcome?, reason?}. Exit code 0 when the host added it, 1 when it
// refused it or its answer was not seen (outcome unknown), 2 for a value the prompt refuses.

import {upperAscii} from '../domain/field-text.js';
import {checkScheduleEntry, defaultScheduleEntry, type ScheduleEntry} from '../domain/job-schedule.js';
import {message} from '../domain/messages.js';
import {SshRefused} from '../host/ssh-transport.js';
import {jsonText, safeLines, safeText} from '../ui/screen/safe-text.js';
import {CliError} from './cli-error.js';
import type {Output} from './data-commands.js';
import {openSystemOnTerminal} from './ssh-access.js';
import {typedMessages} from './submit-command.js';

export type ScheduleOptions = {
	system?: string | undefined;
	frequency?: string | undefined;
	date?: string | undefined;
	time?: string | undefined;
	/** "*MON *FRI", "*MON,*FRI" or "*ALL". */
	days?: string | undefined;
	job?: string | undefined;
	json?: boolean | undefined;
	acceptHostKey?: string | undefined;
};

export function scheduleEntryFrom(group: string, options: ScheduleOptions): ScheduleEntry {
	// Folded from a-z only, before the checks: ſ is not S, ﬃ is not FFI.
	const entry = defaultScheduleEntry(upperAscii(group));
	const days =
		options.days === undefined
			? undefined
			: upperAscii(options.days)
					.split(/[\s,]+/)
					.filter(Boolean);
	// A date given alone means "on that date", so the days then default to *NONE.
	const dated = options.date !== undefined && upperAscii(options.date) !== '*NONE';
	return {
		...entry,
		...(options.job === undefined ? {} : {job: upperAscii(options.job)}),
		...(options.frequency === undefined ? {} : {frequency: upperAscii(options.frequency)}),
		...(options.date === undefined ? {} : {scheduleDate: upperAscii(options.date)}),
		scheduleDays: days ?? (dated ? ['*NONE'] : entry.scheduleDays),
		...(options.time === undefined ? {} : {scheduleTime: upperAscii(options.time).replaceAll(':', '')}),
	};
}

export async function scheduleCommand(group: string, options: ScheduleOptions, out: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
	const entry = scheduleEntryFrom(group, options);
	const [problem] = checkScheduleEntry(entry);
	if (problem) throw new CliError(2, `${message('scheduleValueNotValid').id}: ${problem.field}: ${problem.text}`);
	const {host, id} = openSystemOnTerminal(options.system, options.acceptHostKey, env);
	const onInterrupt = () => {
		process.stderr.write(`\nbrms-tui: stopped waiting; the job schedule entry may still be added on ${id}. Check it on the host (WRKJOBSCDE).\n`);
		process.exit(1);
	};
	process.once('SIGINT', onInterrupt);
	try {
		const run = await host.addJobScheduleEntry(entry).catch(error => {
			if (error instanceof SshRefused) throw new CliError(1, error.message);
			throw error;
		});
		const messages = typedMessages(run.messages);
		if (options.json) {
			const unknown = run.outcome === 'unknown' ? {outcome: 'unknown', reason: run.reason} : {};
			out.print(jsonText({command: run.command, exitCode: run.exitCode, messages, ...unknown}));
		} else out.print(safeLines([run.command, ...messages.map(each => `${each.id}: ${each.text}`)].join('\n')));
		if (run.outcome === 'unknown') {
			process.stderr.write(`${safeText(`brms-tui: outcome unknown on ${id}: ${run.reason}. Check the job schedule on the host (WRKJOBSCDE).`)}\n`);
			return 1;
		}
		return run.exitCode === 0 ? 0 : 1;
	} finally {
		process.off('SIGINT', onInterrupt);
		host.close();
	}
}
