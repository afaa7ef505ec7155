// The lessons brms-tui brings: BRMS basics and IBM's online Lotus backup strategy
// (shared/spec/brms.md §1-§5 and §7), in the order a new operator takes them. Each step is
// checked by its outcome (lesson-checks.ts). They are data of the same shape as a trainer's
// lesson file (README, "Training new staff"); a test reads each one back through that schema.

import type {Lesson} from './lesson.js';

const SEED_SYSWODOM_ITEMS_WITHOUT_ALLDLO = ['*EXIT', '*SAVSECDTA', '*SAVCFG', '*ALLUSR', 'QLTSEXCL', '*EXIT'];

export const BUILT_IN_LESSONS: readonly Lesson[] = [
	{
		id: 'NAVIGATE',
		title: 'Moving around WRKCTLGBRM',
		summary: [
			'Work with Backup Control Groups lists more groups than fit on one page. Roll keys page the list, Position to jumps to a name, F23 shows the rest of the options and F24 the rest of the function keys.',
			'The sandbox holds six more groups than the demo system, so the list has two pages.',
		],
		start: {
			from: 'demo',
			groups: [],
			copies: [
				{from: 'SYSWODOM', to: 'ACCTGDAY', text: 'Daily save of the accounting libraries'},
				{from: 'SYSWODOM', to: 'PAYDAILY', text: 'Daily save of the payroll libraries'},
				{from: 'SYSWODOM', to: 'PAYWEEK', text: 'Weekly save of the payroll history'},
				{from: 'SYSWODOM', to: 'SALESDAY', text: 'Daily save of the sales libraries'},
				{from: 'SYSWODOM', to: 'SALESWEEK', text: 'Weekly save of the sales history'},
				{from: 'SYSWODOM', to: 'USERDAILY', text: 'Daily save of user data'},
			],
			remove: [],
		},
		steps: [
			{
				text: ['The list shows eight groups a page; "More..." at the lower right says more follow.', 'Roll Up to the second page of the list.'],
				hints: ['Roll Up is PageDown (or Ctrl+F, Ctrl+D).', 'USERDAILY, the last group, is on the second page.'],
				check: {kind: 'screen', panel: 'WRKCTLGBRM', text: 'USERDAILY'},
			},
			{
				text: ['Roll Down back to the first page.'],
				hints: ['Roll Down is PageUp (or Ctrl+U).'],
				check: {kind: 'screen', panel: 'WRKCTLGBRM', text: '*BKUGRP'},
			},
			{
				text: ['Jump to the groups whose names start with SAL: type SAL in Position to and press Enter.'],
				hints: ['Home puts the cursor on Position to, the first input field.', 'Type SAL and press Enter: the list starts at SALESDAY.'],
				check: {
					kind: 'all',
					checks: [
						{kind: 'screen', panel: 'WRKCTLGBRM', text: 'SALESDAY'},
						{kind: 'not', check: {kind: 'screen', text: 'RESTRICTED'}},
					],
				},
			},
			{
				text: ['The option line ends in "...": there are more options. Show them.'],
				hints: ['F23=More options (Shift+F11, or Esc then F11).'],
				check: {kind: 'screen', panel: 'WRKCTLGBRM', text: '10=Job queues to process'},
			},
			{
				text: ['Open SYSWODOM with 2=Edit entries and show the rest of its function keys.'],
				hints: ['Type 2 next to SYSWODOM and press Enter.', 'F24=More keys (Shift+F12, or Esc then F12) shows F1=Help and F4=Prompt.'],
				check: {kind: 'screen', panel: 'EDIT-ENTRIES', text: 'F4=Prompt'},
			},
		],
		source: 'built-in',
	},
	{
		id: 'READ-QLTSSVR',
		title: 'Reading QLTSSVR with option 5 and F11',
		summary: [
			"QLTSSVR is the group BRMS makes for the online backup of every Lotus server. All its entries are *EXIT entries: the work is done by the exit commands, which the entries' own columns do not show.",
		],
		start: {from: 'demo', groups: [], copies: [], remove: []},
		steps: [
			{
				text: ['Display QLTSSVR: type 5 next to it and press Enter.'],
				hints: ['5=Display shows the entries without letting you change them.'],
				check: {kind: 'screen', panel: 'DISPLAY-ENTRIES', text: 'QLTSSVR'},
			},
			{
				text: ['Every entry is an *EXIT. Show what each exit runs.'],
				hints: ['F11=Display exits switches to the exit view.', 'The second server, DOM2, is saved by the exit at Seq 30.'],
				check: {kind: 'screen', panel: 'DISPLAY-ENTRIES', text: 'SAVDOMBRM SERVER(DOM2) CTLGRP(QLTSSVR)'},
			},
			{
				text: ["Go on to the group's attributes and find its media policy."],
				hints: ['Enter on the entries shows the attributes.', 'Full and incremental backups both use the media policy QLTSSVR.'],
				check: {kind: 'screen', panel: 'DISPLAY-ATTRIBUTES', text: 'QLTSSVR'},
			},
		],
		source: 'built-in',
	},
	{
		id: 'F1-F4',
		title: 'Asking the panels: F1 and F4',
		summary: [
			'F1 explains the field under the cursor, then the panel and the keys. F4 lists the values a field takes. F1 on a message on line 24 shows its ID, cause and recovery.',
		],
		start: {from: 'demo', groups: [], copies: [], remove: []},
		steps: [
			{
				text: ['Edit SYSWODOM (2=Edit entries) and ask what Save While Active means: F1 with the cursor in that column.'],
				hints: ['Type 2 next to SYSWODOM and press Enter.', 'Move the cursor to the Save While Active column of any entry (Tab, or the arrows) and press F1.'],
				check: {kind: 'help', panel: 'EDIT-ENTRIES', title: 'Save While Active'},
			},
			{
				text: ['Make *ALLUSR save in full on Sunday and incrementally the other days: F4 on its Weekly Activity, choose FIIIIII, then Enter to keep it.'],
				hints: [
					'Put the cursor on the Weekly Activity of the *ALLUSR line and press F4.',
					'Type 1 next to FIIIIII and press Enter: the value goes into the field. Enter again stores the group.',
				],
				check: {
					kind: 'all',
					checks: [
						{kind: 'valueList', panel: 'EDIT-ENTRIES', title: 'Weekly Activity', chosen: 'FIIIIII'},
						{kind: 'entry', group: 'SYSWODOM', item: '*ALLUSR', activity: 'FIIIIII'},
					],
				},
			},
			{
				text: ['Back on the list, type 7 next to a group and press Enter. Then ask what the message on line 24 means.'],
				hints: ['Option 7 does not exist: line 24 says so.', 'F1 while the message locks the keyboard shows Additional Message Information.'],
				check: {kind: 'messageHelp', id: 'TUI0001'},
			},
		],
		source: 'built-in',
	},
	{
		id: 'BUILD-SYSWODOM',
		title: 'Building SYSWODOM again, as SYSWODOM2',
		summary: [
			'SYSWODOM saves everything but the Lotus databases while the system is active, every day: security data, configuration, user libraries, folders and the IFS except Lotus files (list QLTSEXCL).',
			'Build the same group under the name SYSWODOM2, from the table below, by keystrokes.',
			'Seq Item       List Weekly  Retain SWA  SWA msgq',
			' 10 *EXIT           *DFTACT',
			' 20 *SAVSECDTA      *DFTACT *NO',
			' 30 *SAVCFG         *DFTACT *NO',
			' 40 *ALLUSR         *DFTACT *ERR   *YES *LIB',
			' 50 *ALLDLO         *DFTACT *NO    *YES',
			' 60 QLTSEXCL   *LNK *DFTACT *YES   *YES *LIB',
			' 70 *EXIT           *DFTACT',
		],
		start: {from: 'demo', groups: [], copies: [], remove: []},
		steps: [
			{
				text: ['Create SYSWODOM2 (1=Create) with the text "Backs up all user data except notes" and default activity FFFFFFF.'],
				hints: [
					'Type 1 in any Opt field and press Enter.',
					'Name SYSWODOM2, Field Exit (Ctrl+K), the text, Enter; then on the entries panel Home goes to Default activity.',
				],
				check: {kind: 'group', group: 'SYSWODOM2', text: 'Backs up all user data except notes', defaultActivity: 'FFFFFFF'},
			},
			{
				text: ["Type the seven entries of the seed's table (5=Show on the Lessons list shows it) and press Enter."],
				hints: [
					'Each line: Seq, Backup Items, List Type, ASP Device (blank), Weekly Activity, Retain Object Detail, Save While Active, SWA Message Queue. Field Exit ends a field.',
					'*EXIT at 10 and 70; QLTSEXCL is a link list: List Type *LNK.',
				],
				check: {kind: 'entries', group: 'SYSWODOM2', like: 'SYSWODOM'},
			},
			{
				text: ['Give SYSWODOM2 the media policies FULL (full backups) and INCR (incremental backups) with 8=Change attributes.'],
				hints: ['Position to SYSWODOM2, then 8 next to it.', 'The first two fields of page 1 are the media policies for full and incremental backups.'],
				check: {
					kind: 'all',
					checks: [
						{kind: 'attribute', group: 'SYSWODOM2', attribute: 'fullMediaPolicy', value: 'FULL'},
						{kind: 'attribute', group: 'SYSWODOM2', attribute: 'incrMediaPolicy', value: 'INCR'},
					],
				},
			},
		],
		source: 'built-in',
	},
	{
		id: 'RESTRICTED',
		title: 'Making RESTRICTED by copying *SYSGRP',
		summary: [
			"The weekly restricted-state save of the system data: IBM's strategy builds it from *SYSGRP (*SAVSYS, *IBM and the link list QIBMLINK of IBM directories) with an *EXIT before and after.",
			'The sandbox has no RESTRICTED yet: you make it.',
		],
		start: {from: 'demo', groups: [], copies: [], remove: ['RESTRICTED']},
		steps: [
			{
				text: ['Copy *SYSGRP to RESTRICTED with the text "Backs up all system data".'],
				hints: ['Type 3 next to *SYSGRP and press Enter.', 'New name RESTRICTED, Field Exit, the text, Enter.'],
				check: {kind: 'group', group: 'RESTRICTED', text: 'Backs up all system data'},
			},
			{
				text: [
					'Edit RESTRICTED: an *EXIT first and an *EXIT last, and QIBMLINK (List Type *LNK, Retain Object Detail *NO, Save While Active *NO) after *IBM — add it if your copy lacks it.',
				],
				hints: [
					'A Seq of 5 puts a line before 10; 99 after the last. Enter renumbers by 10.',
					'Type the new lines on the blank lines at the bottom: Seq, Field Exit, *EXIT, Field Exit, Weekly Activity *DFTACT.',
				],
				check: {
					kind: 'all',
					checks: [
						{kind: 'entries', group: 'RESTRICTED', items: ['*EXIT', '*SAVSYS', '*IBM', 'QIBMLINK', '*EXIT']},
						{kind: 'entry', group: 'RESTRICTED', item: 'QIBMLINK', listType: '*LNK', retainObjectDetail: '*NO', saveWhileActive: '*NO'},
					],
				},
			},
		],
		source: 'built-in',
	},
	{
		id: 'MOVE-ALLDLO',
		title: 'Moving *ALLDLO to the weekly group',
		summary: [
			'Folders and documents (*ALLDLO) change little. The seed strategy ends with the advice to save them weekly, in RESTRICTED, instead of every day in SYSWODOM.',
		],
		start: {from: 'demo', groups: [], copies: [], remove: []},
		steps: [
			{
				text: [
					'Add *ALLDLO to RESTRICTED, before its last *EXIT, with Retain Object Detail *NO and Save While Active *NO (the system is in restricted state: nothing is active).',
				],
				hints: ['2 next to RESTRICTED; Seq 45 puts the line between QIBMLINK (40) and the *EXIT (50).'],
				check: {
					kind: 'all',
					checks: [
						{kind: 'entry', group: 'RESTRICTED', item: '*ALLDLO', retainObjectDetail: '*NO', saveWhileActive: '*NO'},
						{kind: 'entries', group: 'RESTRICTED', items: ['*EXIT', '*SAVSYS', '*IBM', 'QIBMLINK', '*ALLDLO', '*EXIT']},
					],
				},
			},
			{
				text: ['Remove *ALLDLO from SYSWODOM, and nothing else.'],
				hints: ['2 next to SYSWODOM; blank out the Seq (or the Backup Items) of the *ALLDLO line and press Enter.'],
				check: {
					kind: 'all',
					checks: [
						{kind: 'not', check: {kind: 'entry', group: 'SYSWODOM', item: '*ALLDLO'}},
						{kind: 'entries', group: 'SYSWODOM', items: SEED_SYSWODOM_ITEMS_WITHOUT_ALLDLO},
					],
				},
			},
		],
		source: 'built-in',
	},
	{
		id: 'SUBMIT-QLTSSVR',
		title: 'Running QLTSSVR with SBMJOB(*NO)',
		summary: [
			"IBM's strategy runs the online Lotus backup in the session: STRBKUBRM CTLGRP(QLTSSVR) SBMJOB(*NO). The messages tell how it went: BRM1049 says the group's processing is complete.",
		],
		start: {from: 'demo', groups: [], copies: [], remove: []},
		steps: [
			{
				text: ['Prompt STRBKUBRM for QLTSSVR from the command line at the bottom of the list.'],
				hints: ['Back-tab from the first Opt field reaches the command line; type STRBKUBRM CTLGRP(QLTSSVR) and press F4.'],
				check: {kind: 'screen', panel: 'STRBKUBRM', text: 'QLTSSVR'},
			},
			{
				text: ['Run it in this session, not as a batch job: Submit to batch *NO, then Enter.'],
				hints: ['Submit to batch is a field of the prompt; F4 there lists *YES, *NO and *CTLSBS.'],
				check: {kind: 'ran', group: 'QLTSSVR', sbmjob: '*NO', outcome: 'completed'},
			},
			{
				text: ['Read the messages. Then ask the panel what they are: F1.'],
				hints: ['BRM1380 says the processing started, BRM1049 that it is complete.', 'F1 on Messages from the Host shows its help.'],
				check: {kind: 'help', panel: 'COMMAND-MESSAGES'},
			},
		],
		source: 'built-in',
	},
	{
		id: 'DOMINO-TOGETHER',
		title: 'QLTSDOM01 and QLTSDOM02 at the same time',
		summary: ['IBM advises to submit the per-server groups QLTSDOMnn in batch, so that each server is saved at the same time on its own tape drive.'],
		start: {from: 'demo', groups: [], copies: [], remove: []},
		steps: [
			{
				text: ['Prompt STRBKUBRM for both groups at once from the command line at the bottom of the list.'],
				hints: ['STRBKUBRM takes several control groups: type STRBKUBRM CTLGRP(QLTSDOM01 QLTSDOM02) and press Enter.'],
				check: {kind: 'screen', panel: 'STRBKUBRM', text: 'CTLGRP(QLTSDOM02)'},
			},
			{
				// One step: a step passed forgets what ran in it, and the verdicts come after the overlap.
				text: [
					'Submit them, each as its own batch job, and follow them to both verdicts: they must run at the same time, each on its own tape drive, and complete normally.',
				],
				hints: ['Submit to batch *YES sends each group as a job of its own; Enter sends them.', 'The Running Backups panel shows each job until it ends.'],
				check: {
					kind: 'all',
					checks: [
						{kind: 'together', groups: ['QLTSDOM01', 'QLTSDOM02']},
						{kind: 'ran', group: 'QLTSDOM01', sbmjob: '*YES', outcome: 'completed'},
						{kind: 'ran', group: 'QLTSDOM02', sbmjob: '*YES', outcome: 'completed'},
					],
				},
			},
		],
		source: 'built-in',
	},
	{
		id: 'REPAIR',
		title: "Repairing a group that breaks BRMS's rules",
		summary: [
			'MYLTSSVR was made with 3=Copy from QLTSSVR, and nobody changed its exits: their SAVDOMBRM commands still name CTLGRP(QLTSSVR). IBM says to change them after a copy (brms.md §7.1).',
		],
		start: {from: 'demo', groups: [], copies: [{from: 'QLTSSVR', to: 'MYLTSSVR', text: 'My online backup of all Lotus servers'}], remove: []},
		steps: [
			{
				text: ['Edit MYLTSSVR and press Enter: BRMS refuses it. Read why.'],
				hints: ['2 next to MYLTSSVR, then Enter on the entries panel.', 'Line 24 names the exit; F1 there says more.'],
				check: {kind: 'message', id: 'TUI0215'},
			},
			{
				text: ['Repair both exits so that they name MYLTSSVR, and store the group.'],
				hints: [
					'F11 shows the exit commands; F10 on an *EXIT line opens User Exit Maintenance.',
					'SAVDOMBRM SERVER(DOM1) CTLGRP(MYLTSSVR) at Seq 20, SERVER(DOM2) at Seq 30.',
				],
				check: {
					kind: 'all',
					checks: [
						{kind: 'valid', group: 'MYLTSSVR'},
						{kind: 'entry', group: 'MYLTSSVR', item: '*EXIT', exitCommand: 'SAVDOMBRM SERVER(DOM1) CTLGRP(MYLTSSVR)'},
						{kind: 'entry', group: 'MYLTSSVR', item: '*EXIT', exitCommand: 'SAVDOMBRM SERVER(DOM2) CTLGRP(MYLTSSVR)'},
					],
				},
			},
		],
		source: 'built-in',
	},
];
