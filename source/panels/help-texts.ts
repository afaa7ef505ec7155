// F1 help on a field, in brms-tui's own words: what each field is for, what its values do and
// when to choose them. Written for operators learning the BRMS panels; facts from
// shared/spec/brms.md. F4 lists come from the value tables in domain/values.ts, so the two never
// disagree. Both are keyed by union types, so a field without help or list is a compile error
// where it is asked for. (A panel's own help stands in its registry entry: registry.ts.)

import {ATTRIBUTE_DEFINITIONS, attributeTitle} from '../domain/attributes.js';
import {BKUPCY, type MediaPolicy, retentionText} from '../domain/policies.js';
import {
	ACTIVITY_LETTERS,
	type AllowedValue,
	ASP_DEVICE_SPECIAL,
	DEFAULT_ACTIVITY_SPECIAL,
	ENTRY_ACTIVITY_SPECIAL,
	LIST_TYPES,
	RETAIN_OBJECT_DETAIL,
	SAVE_WHILE_ACTIVE_LIBRARY,
	SAVE_WHILE_ACTIVE_LINK,
	SPECIAL_ITEMS,
	SWA_MESSAGE_QUEUE_SPECIAL,
	SYNC_ID_SPECIAL,
} from '../domain/values.js';
import type {HelpText, ValueList} from '../ui/panel/windows.js';

const valueLines = (values: readonly AllowedValue[]) => values.map(each => `  ${(each.value === ' ' ? 'blank' : each.value).padEnd(11)} ${each.description}`);

const YES_NO: AllowedValue[] = [
	{value: '*YES', description: 'Yes', tag: 'K'},
	{value: '*NO', description: 'No', tag: 'K'},
];
const END_OPTIONS: AllowedValue[] = [
	{value: '*CNTRLD', description: 'End jobs in a controlled way, within the delay', tag: '?'},
	{value: '*IMMED', description: 'End jobs immediately', tag: '?'},
];

/** Example weekly activities for the F4 list of activity fields. */
const ACTIVITY_EXAMPLES: AllowedValue[] = [
	{value: 'FFFFFFF', description: 'Full backup every day', tag: 'V'},
	{value: 'FIIIIII', description: 'Full on Sunday, incremental Monday to Saturday', tag: 'V'},
	{value: 'F      ', description: 'Full on Sunday only', tag: 'K'},
	{value: ' FFFFF ', description: 'Full Monday to Friday, nothing at the weekend', tag: 'K'},
];

export type FieldHelpId =
	| 'seq'
	| 'item'
	| 'listType'
	| 'aspDevice'
	| 'activity'
	| 'defaultActivity'
	| 'text'
	| 'retainObjectDetail'
	| 'saveWhileActive'
	| 'swaMessageQueue'
	| 'syncId'
	| 'opt'
	| 'subsystem'
	| 'library'
	| 'restart'
	| 'endOption'
	| 'delay'
	| 'jobQueue'
	| 'hold'
	| 'release'
	| 'positionTo'
	| 'command';

export const FIELD_HELP: Readonly<Record<FieldHelpId, HelpText>> = {
	seq: {
		title: 'Seq (sequence number)',
		lines: [
			'The order in which the entries run, 1 to 9999. BRMS keeps entries in steps of ten and renumbers them when you press Enter.',
			'To put a new entry between two others, type a number between theirs (for example 15 between 10 and 20). To remove an entry, blank out its sequence number or its backup item.',
		],
	},
	item: {
		title: 'Backup Items',
		lines: [
			'What this entry saves: a library name, a generic name such as PAY*, the name of a BRMS list (then fill in List Type), or one of these special values:',
			...valueLines(SPECIAL_ITEMS),
			'A first *EXIT runs before BRMS ends subsystems and signs users off; a last *EXIT runs after everything else. Press F10 on an *EXIT to change its command.',
		],
	},
	listType: {
		title: 'List Type',
		lines: ['Only when the backup item is the name of a BRMS list (WRKLBRM); leave it blank for libraries and special values.', ...valueLines(LIST_TYPES)],
	},
	aspDevice: {
		title: 'ASP Device',
		lines: [
			'Which auxiliary storage pools the entry saves from. Leave it blank for *EXIT.',
			...valueLines(ASP_DEVICE_SPECIAL),
			'  name        An independent ASP device',
		],
	},
	activity: {
		title: 'Weekly Activity (SMTWTFS)',
		lines: [
			"On which days the entry runs and how. *DFTACT takes the group's Default activity. Otherwise type seven positions, Sunday to Saturday, each one of:",
			...valueLines(ACTIVITY_LETTERS),
			"Whether I is cumulative or a true incremental is the group's Incremental type attribute (option 8).",
		],
	},
	defaultActivity: {
		title: 'Default activity',
		lines: [
			'The weekly activity of every entry that says *DFTACT: *BKUPCY takes it from the backup policy, or type seven positions Sunday to Saturday of F (full), I (incremental) or blank (no backup).',
			'Online Lotus groups need at least one F a week.',
		],
	},
	text: {title: 'Text', lines: ['A description of the control group, up to 50 characters. It is shown on the Work with Backup Control Groups list.']},
	retainObjectDetail: {
		title: 'Retain Object Detail',
		lines: [
			'How much save history BRMS keeps for this entry (in QUSRBRM). More detail lets you restore single objects from the BRMS panels but makes the save history larger and the save slower.',
			...valueLines(RETAIN_OBJECT_DETAIL),
			'Leave it blank for *EXIT and *SAVSYS. *ERR is a good default for large libraries: you see what failed without the cost of full detail.',
		],
	},
	saveWhileActive: {
		title: 'Save While Active',
		lines: [
			'Whether the objects may be in use while they are saved. Users can keep working once the checkpoint is reached, which shortens the outage.',
			'For libraries:',
			...valueLines(SAVE_WHILE_ACTIVE_LIBRARY),
			'For link lists and IFS items:',
			...valueLines(SAVE_WHILE_ACTIVE_LINK),
			'Leave it blank for *EXIT, *SAVSYS, *SAVSECDTA and *SAVCFG. An *EXIT running MONSWABRM before the entry can restart applications at the checkpoint.',
		],
	},
	swaMessageQueue: {
		title: 'SWA Message Queue',
		lines: [
			'Where the checkpoint message goes, when Save While Active is not *NO.',
			...valueLines(SWA_MESSAGE_QUEUE_SPECIAL),
			'  name        A message queue of your own (LIB/NAME)',
		],
	},
	syncId: {
		title: 'Sync ID',
		lines: [
			'Entries (and groups) with the same sync ID reach one common save-while-active checkpoint, with *SYNCLIB.',
			...valueLines(SYNC_ID_SPECIAL),
			'  name        The shared synchronization name',
		],
	},
	opt: {
		title: 'Opt',
		lines: [
			'Type an option next to one or more control groups and press Enter; they are processed from the top of the list down.',
			'  1  Create a new control group     6  Add to the job schedule',
			'  2  Edit its entries               8  Change its attributes',
			'  3  Copy it                        9  Subsystems to end and restart',
			'  4  Delete it (you confirm first) 10  Job queues to hold and release',
			'  5  Display it',
		],
	},
	subsystem: {
		title: 'Subsystem',
		lines: [
			'A subsystem BRMS ends before the entries run, or *ALL for every subsystem (the system goes to a restricted state: run such a group from the console or with SBMJOB(*CTLSBS)).',
		],
	},
	library: {title: 'Library', lines: ['The library of the subsystem or job queue. Leave it blank (or *LIBL) to use the library list.']},
	restart: {title: 'Restart', lines: ['*YES restarts the subsystem after the save; *NO leaves it down (for example when an IPL follows).']},
	endOption: {
		title: 'End option',
		lines: [
			'How the subsystem is ended: *CNTRLD lets jobs end by themselves within the delay; *IMMED ends them at once. (Reconstructed column; check on your system.)',
		],
	},
	delay: {title: 'Delay (seconds)', lines: ['With *CNTRLD, how long jobs get to end before they are ended immediately; *NOLIMIT waits for them.']},
	jobQueue: {title: 'Job Queue', lines: ['A job queue BRMS holds before the save, so no new batch work starts while it runs.']},
	hold: {title: 'Hold', lines: ['*YES holds the job queue before the save; *NO leaves it as it is.']},
	release: {title: 'Release', lines: ['*YES releases the job queue after the save; *NO keeps it held.']},
	positionTo: {
		title: 'Position to',
		lines: ['Type the first characters of a control-group name and press Enter: the list starts at the first group that begins with them.'],
	},
	command: {
		title: 'Parameters or command',
		lines: [
			'On a real system you can run any CL command here. brms-tui runs only STRBKUBRM: type STRBKUBRM (with CTLGRP(name) if you like) and press Enter to get its prompt, then Enter again to run it on the system.',
		],
	},
};

/** Help for an attribute of option 8, from the attribute table. */
export function attributeHelp(key: string): HelpText | undefined {
	const definition = ATTRIBUTE_DEFINITIONS.find(each => each.key === key);
	if (!definition) return undefined;
	return {
		title: attributeTitle(definition),
		lines: [
			`Allowed: ${definition.hint}.`,
			'*BKUPCY takes the value from the backup policy (WRKPCYBRM *BKU), so one change there reaches every group that says *BKUPCY.',
		],
	};
}

/**
 * F4 on a media policy field: this system's media policies, each with its retention and media
 * class; *BKUPCY first where a control group may take the backup policy's.
 */
export function mediaPolicyList(key: 'fullMediaPolicy' | 'incrMediaPolicy', policies: readonly MediaPolicy[], withBackupPolicy: boolean): ValueList {
	return {
		title: `Media policy for ${key === 'fullMediaPolicy' ? 'full' : 'incremental'} backups: retention, media class, text`,
		values: [
			...(withBackupPolicy ? [{value: BKUPCY, description: "The backup policy's media policy"}] : []),
			// In columns, so that the list reads as a table: retention, media class, text.
			...policies.map(policy => ({
				value: policy.name,
				description: `${retentionText(policy.retention).padEnd(10)} ${policy.mediaClass.padEnd(10)} ${policy.text}`,
			})),
		],
	};
}

/** The fields with a fixed set of values (F4 lists them). */
export type ValueListId =
	| 'item'
	| 'listType'
	| 'aspDevice'
	| 'activity'
	| 'defaultActivity'
	| 'retainObjectDetail'
	| 'saveWhileActive'
	| 'swaMessageQueue'
	| 'syncId'
	| 'restart'
	| 'hold'
	| 'release'
	| 'endOption';

/** F4 value lists for fields that have a fixed set of values. */
export function valueList(field: ValueListId, context: {linkItem?: boolean} = {}): ValueList {
	const list = (title: string, values: readonly AllowedValue[]): ValueList => ({title, values});
	switch (field) {
		case 'item':
			return list('Backup Items (special values)', SPECIAL_ITEMS);
		case 'listType':
			return list('List Type', LIST_TYPES);
		case 'aspDevice':
			return list('ASP Device', ASP_DEVICE_SPECIAL);
		case 'activity':
			return list('Weekly Activity', [...ENTRY_ACTIVITY_SPECIAL, ...ACTIVITY_EXAMPLES]);
		case 'defaultActivity':
			return list('Default activity', [...DEFAULT_ACTIVITY_SPECIAL, ...ACTIVITY_EXAMPLES]);
		case 'retainObjectDetail':
			return list('Retain Object Detail', RETAIN_OBJECT_DETAIL);
		case 'saveWhileActive':
			return context.linkItem ? list('Save While Active (links)', SAVE_WHILE_ACTIVE_LINK) : list('Save While Active (libraries)', SAVE_WHILE_ACTIVE_LIBRARY);
		case 'swaMessageQueue':
			return list('SWA Message Queue', SWA_MESSAGE_QUEUE_SPECIAL);
		case 'syncId':
			return list('Sync ID', SYNC_ID_SPECIAL);
		case 'restart':
		case 'hold':
		case 'release':
			return list(field === 'restart' ? 'Restart' : field === 'hold' ? 'Hold' : 'Release', YES_NO);
		case 'endOption':
			return list('End option', END_OPTIONS);
	}
}

/** F13 on a command prompt (STRBKUBRM, ADDJOBSCDE): how to use the prompter, in brms-tui's words. */
export const PROMPTER_HELP: HelpText = {
	title: 'How to Use This Display',
	lines: [
		'This display prompts a command: each line is one of its parameters (or one element of a list, or the library of a name), with its value and, on the right, the values it takes.',
		'Type over a value to change it; F4 on a field lists its values. Where the legend shows F10, it adds the parameters that are usually left as they are (Additional Parameters). Roll Up and Roll Down page through the lines.',
		'Enter checks every value and runs the command. F5 puts back the values you started with; F12 goes back without running it; F3 leaves the function; F24 shows the other keys.',
	],
};
