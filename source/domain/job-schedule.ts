// The job-schedule entry WRKCTLGBRM option 6 adds: IBM i ADDJOBSCDE whose Command to run is
// STRBKUBRM CTLGRP(name) SBMJOB(*NO) (brms.md §1.2 [V]; IBM advises SBMJOB(*CTLSBS) for groups
// that need a restricted state [S9], which the operator may type instead). Values are checked
// here and the CL command is built only from checked values: the STRBKUBRM command is rebuilt
// from its checked parameters, the text is a CL string literal.
// ADDJOBSCDE's parameters as brms-tui offers them: JOB, CMD, FRQ, SCDDATE, SCDDAY, SCDTIME, TEXT
// [K: the CL command's keywords; its other parameters keep their defaults].

import {isName, quotedString} from './ibmi-names.js';
import {clParameter, requestFromCommand, strbkubrmCommand} from './strbkubrm.js';

export type ScheduleEntry = {
	job: string;
	/** The Command to run as typed: a STRBKUBRM command. */
	command: string;
	frequency: string;
	scheduleDate: string;
	scheduleDays: string[];
	scheduleTime: string;
	text: string;
};

export const FREQUENCIES = ['*ONCE', '*WEEKLY', '*MONTHLY'] as const;
export const SCHEDULE_DAYS = ['*MON', '*TUE', '*WED', '*THU', '*FRI', '*SAT', '*SUN'] as const;
export const SCHEDULE_DATES = ['*NONE', '*CURRENT', '*MONTHSTR', '*MONTHEND'] as const;

export type ScheduleProblem = {field: keyof ScheduleEntry; text: string};

/** The Command to run option 6 puts in the entry (brms.md §1.2). */
export function scheduledBackupCommand(controlGroup: string): string {
	return `STRBKUBRM CTLGRP(${controlGroup}) SBMJOB(*NO)`;
}

/** The entry option 6 and `brms-tui schedule` start from. */
export function defaultScheduleEntry(controlGroup: string): ScheduleEntry {
	return {
		job: controlGroup.replace(/^\*/, ''),
		command: scheduledBackupCommand(controlGroup),
		frequency: '*WEEKLY',
		scheduleDate: '*NONE',
		scheduleDays: ['*ALL'],
		scheduleTime: '2200',
		text: `Backup control group ${controlGroup}`,
	};
}

export function checkScheduleEntry(entry: ScheduleEntry): ScheduleProblem[] {
	const problems: ScheduleProblem[] = [];
	if (!isName(entry.job) && entry.job !== '*JOBD') problems.push({field: 'job', text: `Job name ${entry.job || "' '"} not valid; use a name or *JOBD.`});
	const command = requestFromCommand(entry.command);
	if ('problem' in command) problems.push({field: 'command', text: command.problem.text});
	if (!(FREQUENCIES as readonly string[]).includes(entry.frequency))
		problems.push({field: 'frequency', text: `Frequency ${entry.frequency || "' '"} not valid; use ${FREQUENCIES.join(', ')}.`});
	const dated = entry.scheduleDate !== '*NONE';
	if (!(SCHEDULE_DATES as readonly string[]).includes(entry.scheduleDate) && !/^\d{6}$/.test(entry.scheduleDate)) {
		problems.push({field: 'scheduleDate', text: `Schedule date ${entry.scheduleDate || "' '"} not valid; use MMDDYY or a special value.`});
	}
	const days = entry.scheduleDays;
	const special = days.length === 1 && (days[0] === '*ALL' || days[0] === '*NONE');
	if (!special && (days.length === 0 || days.some(day => !(SCHEDULE_DAYS as readonly string[]).includes(day)) || new Set(days).size !== days.length)) {
		problems.push({field: 'scheduleDays', text: 'Schedule day not valid; use *ALL, *NONE or days such as *MON *FRI, each once.'});
	} else if (dated === (days[0] !== '*NONE')) {
		// "Schedule date, or" Schedule day: one of the two, never both, never neither [K].
		problems.push({
			field: dated ? 'scheduleDays' : 'scheduleDate',
			text: dated ? 'With a schedule date, Schedule day must be *NONE.' : 'Give a schedule date, or schedule days other than *NONE.',
		});
	}
	if (entry.scheduleTime !== '*CURRENT' && !/^([01]\d|2[0-3])[0-5]\d([0-5]\d)?$/.test(entry.scheduleTime)) {
		problems.push({field: 'scheduleTime', text: `Schedule time ${entry.scheduleTime || "' '"} not valid; use HHMM, HHMMSS or *CURRENT.`});
	}
	if (entry.text.length > 50) problems.push({field: 'text', text: 'Text cannot be longer than 50 characters.'});
	return problems;
}

/** The ADDJOBSCDE command for a checked entry. */
export function addJobScheduleEntryCommand(entry: ScheduleEntry): string {
	const command = requestFromCommand(entry.command);
	if (checkScheduleEntry(entry).length > 0 || 'problem' in command) throw new Error('A job-schedule entry is built from checked values only.');
	return [
		`ADDJOBSCDE JOB(${entry.job})`,
		`CMD(${strbkubrmCommand(command.request)})`,
		`FRQ(${entry.frequency})`,
		`SCDDATE(${entry.scheduleDate})`,
		`SCDDAY(${entry.scheduleDays.join(' ')})`,
		`SCDTIME(${entry.scheduleTime})`,
		`TEXT(${quotedString(entry.text)})`,
	].join(' ');
}

/**
 * A BRMS job on the job schedule, as F7 (Work with BRM scheduled jobs) lists it: an entry whose
 * command is STRBKUBRM. The columns are those of WRKJOBSCDE and QSYS2.SCHEDULED_JOB_INFO.
 */
export type ScheduledJob = {
	job: string;
	/** SCHEDULED, HELD or SAVED. */
	status: string;
	frequency: string;
	/** SCHEDULED_DATE_VALUE: a date, or which of date and days is used (SCHEDULED_DAYS). */
	date: string;
	days: string;
	time: string;
	nextSubmission: string | null;
	command: string;
	text: string;
};

/** What the host answered: the jobs, or why it could not say. */
export type ScheduledJobsAnswer = {ok: true; jobs: ScheduledJob[]} | {ok: false; problem: string};

/** The control group a scheduled STRBKUBRM runs (CTLGRP, or its first positional value). */
export function scheduledGroup(command: string): string {
	return (clParameter(command, 'CTLGRP') ?? /^STRBKUBRM\s+([^\s(]+)/i.exec(command.trim())?.[1] ?? '').toUpperCase();
}

/** An ADDJOBSCDE command as addJobScheduleEntryCommand built it, read back (the demo host's schedule). */
export function scheduledJobOf(addCommand: string): ScheduledJob | undefined {
	const match = /^ADDJOBSCDE JOB\((\S+)\) CMD\((.*)\) FRQ\((\S+)\) SCDDATE\((\S+)\) SCDDAY\(([^)]*)\) SCDTIME\((\d+)\) TEXT\('(.*)'\)$/.exec(addCommand);
	if (!match) return undefined;
	const [, job = '', command = '', frequency = '', date = '', days = '', time = '', text = ''] = match;
	const clock = time.padEnd(6, '0');
	return {
		job,
		status: 'SCHEDULED',
		frequency,
		date: date === '*NONE' ? 'SCHEDULED_DAYS' : date,
		days: days.split(' ').join(','),
		time: `${clock.slice(0, 2)}:${clock.slice(2, 4)}:${clock.slice(4, 6)}`,
		nextSubmission: null,
		command,
		text: text.replaceAll("''", "'"),
	};
}
