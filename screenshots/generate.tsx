// npm run screenshots: every panel as an SVG picture, drawn by the components the app runs.
// Each picture starts the real full-screen app (Workplace, on a fresh demo store), types the keys
// an operator would, reads Ink's frame through a terminal emulator (@xterm/headless) and writes
// its 80x24 cells as SVG text on a monospace grid in tn5250j's 5250 colours (keys-5250.md §2.4).
// Deterministic: a fresh store per picture, the demo job at full speed, no clock on any panel.

import './force-colour.js';
import {EventEmitter} from 'node:events';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import xterm, {type IBufferCell} from '@xterm/headless';
import {render} from 'ink';
import type {ReactElement} from 'react';
import {Classroom} from '../source/cli/classroom.js';
import {Workplace} from '../source/cli/workplace.js';
import {BUILT_IN_LESSONS} from '../source/domain/lessons/built-in.js';
import {PANELS, type PanelId} from '../source/panels/registry.js';
import {LessonProgressStore} from '../source/store/lesson-progress.js';
import {SystemsStore} from '../source/store/systems-store.js';
import {KeyTestApp} from '../source/ui/key-test.js';
import {KeyDecoder} from '../source/ui/keys/decoder.js';
import {DEFAULT_KEY_TABLE} from '../source/ui/keys/key-table.js';
import {SCREEN_24X80} from '../source/ui/screen/model.js';
import {KEY, renderScreen} from '../test/helpers/ink-app.js';
import {createTtyStdin} from '../test/helpers/virtual-terminal.js';

const F1 = '\u001BOP';
const F4 = '\u001BOS';
const ERASE_EOF = '\u0005';
const F7 = '\u001B[18~';
const F8 = '\u001B[19~';
const F9 = '\u001B[20~';
const tabs = (count: number) => Array<string>(count).fill(KEY.tab);
/** Opt next to a group of the demo list: the first Opt field is row 11, the groups in list order. */
const option = (group: 'QLTSSVR' | 'RESTRICTED' | 'SYSWODOM', value: string) => [...tabs({QLTSSVR: 5, RESTRICTED: 6, SYSWODOM: 7}[group]), value, KEY.enter];
const commandLine = (command: string) => [KEY.backTab, KEY.backTab, command, KEY.enter];

/** Text a picture must hold on one row (1-based), as one contiguous run of cells. */
export type RowText = {row: number; text: string};

/** What a picture shows: a panel of the registry (a window stands over the panel it belongs to), or the key-test panel. */
export type Pictured = PanelId | 'KEY-TEST';

/** The title on row 1 of a picture of it (the registry's, for the registry's panels). */
export function titleOf(pictured: Pictured): string {
	return pictured === 'KEY-TEST' ? 'Key Test' : PANELS[pictured].title;
}

export type Shot = {
	file: string;
	/** The panel on screen: its title is on row 1 (the test checks it), and every panel of the registry has a picture. */
	screen: Pictured;
	/**
	 * What only this picture shows (its group, its page, its window's heading, its message): the
	 * test checks each on its row, and that title and these together tell it from every other picture.
	 */
	shows: RowText[];
	/** What the picture shows, for the README. */
	caption: string;
	keys: string[];
	/** Wait until the screen holds this text (work that ends later, like a followed job). */
	waitFor?: string;
	app?: 'workplace' | 'key-test' | 'learn';
	/** A terminal larger than 24x80 (a lesson's pane beside the panel): drawn by Ink on an emulated terminal of this size. */
	terminal?: {cols: number; rows: number};
	/** Two example systems added first (`brms-tui system add`). */
	systems?: boolean;
};

export const SHOTS: Shot[] = [
	{
		file: 'wrkctlgbrm.svg',
		screen: 'WRKCTLGBRM',
		shows: [{row: 18, text: '      SYSWODOM    FULL        INCR'}],
		caption: 'WRKCTLGBRM on the demo system',
		keys: [],
	},
	{
		file: 'edit-entries-syswodom.svg',
		screen: 'EDIT-ENTRIES',
		shows: [
			{row: 3, text: 'Group . . . . . . . . . . : SYSWODOM'},
			{row: 18, text: '60 QLTSEXCL   *LNK'},
		],
		caption: 'Option 2 on SYSWODOM',
		keys: option('SYSWODOM', '2'),
	},
	{
		file: 'edit-entries-restricted.svg',
		screen: 'EDIT-ENTRIES',
		shows: [{row: 3, text: 'Group . . . . . . . . . . : RESTRICTED'}],
		caption: 'Option 2 on RESTRICTED',
		keys: option('RESTRICTED', '2'),
	},
	{
		file: 'display-entries.svg',
		screen: 'DISPLAY-ENTRIES',
		shows: [{row: 3, text: 'Group . . . . . . . . . . : QLTSSVR'}],
		caption: 'Option 5 on QLTSSVR',
		keys: option('QLTSSVR', '5'),
	},
	{
		file: 'change-attributes-1.svg',
		screen: 'CHANGE-ATTRIBUTES',
		shows: [
			{row: 8, text: 'Full backups . . . . . . . . . . . .   FULL'},
			{row: 22, text: 'More...'},
		],
		caption: 'Option 8, page 1',
		keys: option('SYSWODOM', '8'),
	},
	{
		file: 'change-attributes-2.svg',
		screen: 'CHANGE-ATTRIBUTES',
		shows: [
			{row: 7, text: 'Automatically backup media information'},
			{row: 22, text: 'More...'},
		],
		caption: 'Option 8, page 2',
		keys: [...option('SYSWODOM', '8'), KEY.pageDown],
	},
	{
		file: 'change-attributes-3.svg',
		screen: 'CHANGE-ATTRIBUTES',
		shows: [
			{row: 7, text: 'Save active wait time:'},
			{row: 22, text: 'More...'},
		],
		caption: 'Option 8, page 3',
		keys: [...option('SYSWODOM', '8'), KEY.pageDown, KEY.pageDown],
	},
	{
		file: 'change-attributes-4.svg',
		screen: 'CHANGE-ATTRIBUTES',
		shows: [
			{row: 7, text: 'IPL after backup'},
			{row: 22, text: 'Bottom'},
		],
		caption: 'Option 8, page 4',
		keys: [...option('SYSWODOM', '8'), KEY.pageDown, KEY.pageDown, KEY.pageDown],
	},
	{
		file: 'subsystems.svg',
		screen: 'SUBSYSTEMS',
		shows: [{row: 3, text: 'Control group . . . . . . . : RESTRICTED'}],
		caption: 'Option 9 on RESTRICTED',
		keys: option('RESTRICTED', '9'),
	},
	{
		file: 'job-queues.svg',
		screen: 'JOB-QUEUES',
		shows: [{row: 3, text: 'Control group . . . . . . . : RESTRICTED'}],
		caption: 'Option 10 on RESTRICTED',
		keys: option('RESTRICTED', '10'),
	},
	{
		file: 'copy.svg',
		screen: 'COPY-GROUP',
		shows: [{row: 5, text: 'Control group . . . . . . . . . : SYSWODOM'}],
		caption: 'Option 3 on SYSWODOM',
		keys: option('SYSWODOM', '3'),
	},
	{
		file: 'confirm-delete.svg',
		screen: 'CONFIRM-DELETE',
		shows: [{row: 8, text: ' 4   SYSWODOM    Backs up all user data except notes'}],
		caption: 'Option 4 on SYSWODOM',
		keys: option('SYSWODOM', '4'),
	},
	{
		file: 'error-line-24.svg',
		screen: 'WRKCTLGBRM',
		shows: [
			{row: 18, text: '7    SYSWODOM'},
			{row: 24, text: 'Option 7 not valid.'},
		],
		caption: 'An option BRMS does not have: the field in reverse image, the message on line 24',
		keys: option('SYSWODOM', '7'),
	},
	{
		file: 'f4-value-list.svg',
		screen: 'EDIT-ENTRIES',
		shows: [
			{row: 3, text: 'Group . . . . . . . . . . : SYSWODOM'},
			{row: 5, text: ': Retain Object Detail'},
		],
		caption: 'F4 on an entry’s Retain Object Detail column',
		keys: [...option('SYSWODOM', '2'), KEY.down, KEY.down, KEY.down, ...tabs(5), F4],
	},
	{
		file: 'message-help.svg',
		screen: 'WRKCTLGBRM',
		shows: [
			{row: 3, text: ': Additional Message Information'},
			{row: 5, text: ': Message ID . . . . . . :   TUI0001'},
		],
		caption: 'F1 on the message on line 24: its ID, cause and recovery',
		keys: [...option('SYSWODOM', '7'), F1],
	},
	{
		file: 'f1-help.svg',
		screen: 'EDIT-ENTRIES',
		shows: [{row: 3, text: ': Save While Active'}],
		caption: 'F1 on an entry’s Save While Active column',
		keys: [...option('SYSWODOM', '2'), KEY.down, KEY.down, KEY.down, ...tabs(6), F1],
	},
	{
		file: 'strbkubrm-prompt.svg',
		screen: 'STRBKUBRM',
		shows: [{row: 5, text: 'Control group  . . . . . . . . . . . .   SYSWODOM'}],
		caption: 'STRBKUBRM typed on the command line: the prompt',
		keys: commandLine('strbkubrm ctlgrp(syswodom)'),
	},
	{
		file: 'followed-job.svg',
		screen: 'COMMAND-MESSAGES',
		shows: [{row: 24, text: 'The backup completed normally.'}],
		caption: 'The submitted job followed to its end',
		keys: [...commandLine('strbkubrm ctlgrp(syswodom)'), KEY.enter],
		waitFor: 'completed normally',
	},
	{
		file: 'create-group.svg',
		screen: 'CREATE-GROUP',
		shows: [{row: 5, text: 'Control group . . . . . . . . . . NIGHTLY     Name'}],
		caption: 'Option 1: a new group’s name and text',
		keys: ['1', KEY.enter, 'nightly', KEY.fieldExit, 'Nightly user save'],
	},
	{
		file: 'create-entries.svg',
		screen: 'CREATE-ENTRIES',
		shows: [
			{row: 3, text: 'Group . . . . . . . . . . : NIGHTLY'},
			{row: 13, text: '   10 *ALLUSR'},
		],
		caption: 'Option 1, then the entries of the new group',
		keys: ['1', KEY.enter, 'nightly', KEY.fieldExit, 'Nightly user save', KEY.enter, '10', KEY.fieldExit, '*allusr'],
	},
	{
		file: 'display-attributes.svg',
		screen: 'DISPLAY-ATTRIBUTES',
		shows: [{row: 3, text: 'Group . . . . . . . . . . . . . . . . : QLTSSVR'}],
		caption: 'Option 5 on QLTSSVR, after its entries: the attributes',
		keys: [...option('QLTSSVR', '5'), KEY.enter],
	},
	{
		file: 'add-to-schedule.svg',
		screen: 'ADD-TO-SCHEDULE',
		shows: [{row: 6, text: 'Command to run . . . . . . . . . . . .   STRBKUBRM CTLGRP(SYSWODOM)'}],
		caption: 'Option 6 on SYSWODOM',
		keys: option('SYSWODOM', '6'),
	},
	{
		file: 'media-policies.svg',
		screen: 'CHANGE-ATTRIBUTES',
		shows: [{row: 12, text: 'FULL        35 days    *SYSPCY    Entry created by BRM configuration'}],
		caption: 'F4 on a media policy of option 8: the media policies of this system, with their retention',
		keys: [...option('SYSWODOM', '8'), F4],
	},
	{
		file: 'backup-policy.svg',
		screen: 'BACKUP-POLICY',
		shows: [{row: 5, text: 'Default weekly activity  . . . . . . .   FIIIIII'}],
		caption: 'F9: the backup policy, what *BKUPCY takes',
		keys: [F9],
	},
	{
		file: 'scheduled-jobs.svg',
		screen: 'SCHEDULED-JOBS',
		shows: [{row: 8, text: 'SYSWODOM    SCD    *ALL      22:00:00  *WEEKLY'}],
		caption: 'F7 after option 6 on SYSWODOM: the BRMS jobs on the job schedule',
		keys: [...option('SYSWODOM', '6'), KEY.enter, KEY.enter, F7],
		waitFor: 'SYSWODOM    SCD',
	},
	{
		file: 'user-exit.svg',
		screen: 'USER-EXIT',
		shows: [{row: 8, text: 'SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)'}],
		caption: 'F10 on an *EXIT entry of QLTSSVR',
		keys: [...option('QLTSSVR', '2'), KEY.down, KEY.f10],
	},
	{
		file: 'command-prompt.svg',
		screen: 'COMMAND-PROMPT',
		shows: [{row: 5, text: 'Keyword SERVER . . . . . . . . . . . .   DOM1'}],
		caption: 'F4 on User Exit Maintenance: the exit command prompted',
		keys: [...option('QLTSSVR', '2'), KEY.down, KEY.f10, F4],
	},
	{
		file: 'change-sheet.svg',
		screen: 'CHANGE-SHEET',
		shows: [{row: 7, text: 'Seq 40 *ALLUSR: Retain Object Detail *ERR -> *YES'}],
		caption: 'F8 on the STRBKUBRM prompt: what to key on the host',
		// Entry 40's Retain Object Detail changed and stored; then STRBKUBRM on SYSWODOM, then F8.
		keys: [
			...option('SYSWODOM', '2'),
			KEY.down,
			KEY.down,
			KEY.down,
			...tabs(5),
			ERASE_EOF,
			'*yes',
			KEY.enter,
			KEY.home,
			KEY.backTab,
			'strbkubrm ctlgrp(syswodom)',
			KEY.enter,
			F8,
		],
	},
	{
		file: 'select-system.svg',
		screen: 'SELECT-SYSTEM',
		shows: [{row: 9, text: 'PROD1     BRMSOPR@ibmi-prod.example.com'}],
		caption: 'F22: change to another system',
		keys: [KEY.f22],
		systems: true,
	},
	{
		file: 'lessons.svg',
		screen: 'LESSONS',
		shows: [
			{row: 3, text: 'Trainee . . . . . . :   ann'},
			{row: 9, text: 'NAVIGATE         done'},
			{row: 10, text: 'READ-QLTSSVR     step 2 of 3'},
		],
		caption: "brms-tui learn: the Lessons list with a trainee's status",
		keys: [],
		app: 'learn',
	},
	{
		file: 'lesson.svg',
		screen: 'LESSON',
		shows: [{row: 3, text: 'Lesson  . . . . . . :   BUILD-SYSWODOM'}],
		caption: '5=Show on a lesson: its summary and steps',
		keys: [...tabs(3), '5', KEY.enter],
		app: 'learn',
	},
	{
		file: 'lesson-pane.svg',
		screen: 'WRKCTLGBRM',
		shows: [{row: 1, text: 'Lesson NAVIGATE  Step 2 of 5'}],
		caption: 'A lesson on a 120-column terminal: its step beside the untouched 24x80 panel',
		keys: ['1', KEY.enter, KEY.pageDown],
		waitFor: 'Step 2 of 5',
		app: 'learn',
		terminal: {cols: 120, rows: 24},
	},
	{
		file: 'backup-status.svg',
		screen: 'BACKUP-STATUS',
		shows: [{row: 13, text: 'QLTSSVR    2026-11-26 21:05 2026-11-26 21:50 Completed with errors     2'}],
		caption: 'F14: the last run of every group and BRMS’s verdict',
		keys: [KEY.f14],
		waitFor: 'Completed with errors',
	},
	{
		file: 'run-log.svg',
		screen: 'RUN-LOG',
		shows: [{row: 3, text: 'Control group . : QLTSSVR'}],
		caption: 'Option 5 on Backup Status: the BRMS log lines of QLTSSVR’s last run',
		keys: [KEY.f14, KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, '5', KEY.enter],
		waitFor: 'BRM10A1',
	},
	{
		file: 'running-backups.svg',
		screen: 'RUNNING-BACKUPS',
		shows: [
			{row: 7, text: 'QLTSDOM01   654321/OPER/QLTSDOM01        *OUTQ     30'},
			{row: 10, text: 'QLTSDOM02   654322/OPER/QLTSDOM02        *OUTQ     30'},
		],
		caption: 'STRBKUBRM CTLGRP(QLTSDOM01 QLTSDOM02): the two Domino servers saved side by side on the two tape drives',
		keys: [...commandLine('strbkubrm ctlgrp(qltsdom01 qltsdom02)'), KEY.enter],
		waitFor: 'All 2 backups completed normally.',
	},
	{
		file: 'key-map.svg',
		screen: 'WRKCTLGBRM',
		shows: [
			{row: 5, text: ': 5250 key'},
			{row: 7, text: ': F1                                    F1, Esc 1'},
		],
		caption: 'F1 on the command line: its help, the panel’s, then the key map',
		keys: [...commandLine(''), ERASE_EOF, F1, KEY.pageDown],
	},
	{
		file: 'key-test.svg',
		screen: 'KEY-TEST',
		shows: [{row: 7, text: 'ESC [ 2 4 ~                   F12  (xterm)'}],
		caption: 'brms-tui keys --test: what the terminal sends',
		keys: ['\u001B[24~', '\u001B[5~', '\u001B[23;2~', '\u001B1', '\u000B', 'a'],
		app: 'key-test',
	},
];

// tn5250j's colours for the palette entries the theme uses (source/ui/screen/theme.ts).
const PALETTE: Record<number, string> = {2: '#00FF00', 15: '#FFFFFF', 9: '#FF0000', 6: '#00F0FF', 11: '#FFFF00', 13: '#FF00FF', 12: '#8C78FF'};
/** Text the theme leaves in the terminal's default colour is drawn in 5250 green. */
const DEFAULT_COLOUR = '#00FF00';
const CELL_WIDTH = 10;
const CELL_HEIGHT = 20;
const BACKGROUND = '#000000';

type Cell = {char: string; color: string; inverse: boolean; underline: boolean};

/** A cell's foreground in tn5250j's colours; a colour the palette does not have is an error, not green. */
function colourOf(cell: IBufferCell, row: number, col: number): string {
	const where = `row ${row + 1}, column ${col + 1} ("${cell.getChars()}")`;
	if (!cell.isBgDefault())
		throw new Error(
			`Screenshot: background colour ${cell.isBgRGB() ? `#${cell.getBgColor().toString(16).padStart(6, '0')}` : `palette ${cell.getBgColor()}`} at ${where}: the SVG writer draws no cell backgrounds`,
		);
	if (cell.isFgDefault()) return DEFAULT_COLOUR;
	if (cell.isFgPalette()) {
		const colour = PALETTE[cell.getFgColor()];
		if (colour === undefined) throw new Error(`Screenshot: colour palette ${cell.getFgColor()} at ${where} is not in the SVG palette`);
		return colour;
	}
	throw new Error(`Screenshot: colour #${cell.getFgColor().toString(16).padStart(6, '0')} (RGB) at ${where} is not in the SVG palette`);
}

async function cellsOf(frame: string, size = SCREEN_24X80): Promise<Cell[][]> {
	const terminal = new xterm.Terminal({cols: size.cols, rows: size.rows, allowProposedApi: true});
	try {
		await new Promise<void>(resolve => terminal.write(frame.replaceAll('\n', '\r\n'), resolve));
		const rows: Cell[][] = [];
		for (let row = 0; row < size.rows; row++) {
			const line = terminal.buffer.active.getLine(row);
			const cells: Cell[] = [];
			for (let col = 0; col < size.cols; col++) {
				const cell = line?.getCell(col);
				if (!cell) throw new Error(`Screenshot: no cell at row ${row + 1}, column ${col + 1}`);
				cells.push({char: cell.getChars() || ' ', color: colourOf(cell, row, col), inverse: cell.isInverse() !== 0, underline: cell.isUnderline() !== 0});
			}
			rows.push(cells);
		}
		return rows;
	} finally {
		terminal.dispose();
	}
}

const escapeXml = (text: string) => text.replace(/[<>&]/g, character => ({'<': '&lt;', '>': '&gt;', '&': '&amp;'})[character]!);

/**
 * The cells as SVG: each word (a run of one style up to a blank) is one <text> placed at its own
 * cell and stretched to exactly its cells, so the grid holds even in viewers that ignore
 * textLength; backgrounds and underlines are rectangles over the whole run, blanks included.
 */
export function svgOf(cells: Cell[][], label: string): string {
	const width = cells[0]!.length * CELL_WIDTH;
	const height = cells.length * CELL_HEIGHT;
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">`,
		`<rect width="100%" height="100%" fill="${BACKGROUND}"/>`,
		`<g font-family="'IBM Plex Mono','DejaVu Sans Mono',Menlo,Consolas,monospace" font-size="16" xml:space="preserve">`,
	];
	cells.forEach((row, y) => {
		let start = 0;
		while (start < row.length) {
			const first = row[start]!;
			let end = start + 1;
			while (end < row.length && sameStyle(row[end]!, first)) end++;
			const text = row
				.slice(start, end)
				.map(cell => cell.char)
				.join('');
			const x = start * CELL_WIDTH;
			const top = y * CELL_HEIGHT;
			const length = (end - start) * CELL_WIDTH;
			const fill = first.inverse ? BACKGROUND : first.color;
			if (first.inverse) parts.push(`<rect x="${x}" y="${top}" width="${length}" height="${CELL_HEIGHT}" fill="${first.color}"/>`);
			for (const word of text.matchAll(/\S+/g)) {
				const wordX = x + word.index * CELL_WIDTH;
				parts.push(
					`<text x="${wordX}" y="${top + 15}" fill="${fill}" textLength="${word[0].length * CELL_WIDTH}" lengthAdjust="spacingAndGlyphs">${escapeXml(word[0])}</text>`,
				);
			}
			if (first.underline) parts.push(`<rect x="${x}" y="${top + CELL_HEIGHT - 3}" width="${length}" height="1" fill="${fill}"/>`);
			start = end;
		}
	});
	parts.push('</g>', '</svg>', '');
	return parts.join('\n');
}

function sameStyle(a: Cell, b: Cell): boolean {
	return a.color === b.color && a.inverse === b.inverse && a.underline === b.underline;
}

/** Renders one picture: the app on a fresh demo store (a temporary folder, removed after), the keys typed, the frame as SVG. */
export async function shoot(shot: Shot): Promise<string> {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-screenshot-'));
	try {
		// The demo BRMS log's history leads up to a fixed day, so Backup Status draws the same runs every day.
		const env = {BRMS_TUI_HOME: home, BRMS_TUI_DEMO_HISTORY_DATE: '2026-12-04'};
		if (shot.systems) {
			const systems = new SystemsStore(env);
			systems.add({name: 'PROD1', host: 'ibmi-prod.example.com', port: 22, user: 'BRMSOPR'});
			systems.add({name: 'TEST1', host: 'ibmi-test.example.com', port: 2222, user: 'BRMSOPR'});
		}
		const theme = {monochrome: false, underscores: false};
		const decoder = new KeyDecoder(DEFAULT_KEY_TABLE);
		let element: ReactElement;
		if (shot.app === 'key-test') element = <KeyTestApp systemName="BRMSDEMO" size={SCREEN_24X80} theme={theme} decoder={decoder} />;
		else if (shot.app === 'learn') element = classroom(home, env, theme, decoder);
		else element = <Workplace system={undefined} env={env} theme={theme} decoder={decoder} />;
		if (shot.terminal) return svgOf(await onTerminal(element, shot, shot.terminal), shot.caption);
		const screen = await renderScreen(element);
		try {
			await screen.press(...shot.keys);
			if (shot.waitFor) await screen.waitFor(lines => lines.some(line => line.includes(shot.waitFor!)), 10_000);
			return svgOf(await cellsOf(screen.app.lastFrame() ?? ''), shot.caption);
		} finally {
			screen.unmount();
		}
	} finally {
		rmSync(home, {recursive: true, force: true});
	}
}

/** brms-tui learn for trainee ann, who has done NAVIGATE and is on step 2 of READ-QLTSSVR. */
function classroom(home: string, env: NodeJS.ProcessEnv, theme: {monochrome: boolean; underscores: boolean}, decoder: KeyDecoder): ReactElement {
	const progress = new LessonProgressStore(env);
	const at = '2026-12-01T09:00:00.000Z';
	const attempt = (step: number, steps: number) => ({
		startedAt: at,
		activeAt: '2026-12-01T09:12:05.000Z',
		step,
		hintsByStep: Array<number>(steps).fill(0),
		stillDifferent: [],
	});
	progress.save('ann', 'NAVIGATE', {attempts: 1, current: attempt(5, 5), completed: {at: '2026-12-01T09:12:05.000Z', timeTakenMs: 725_000, hintsUsed: 0}});
	progress.save('ann', 'READ-QLTSSVR', {attempts: 1, current: attempt(1, 3)});
	return <Classroom lessons={BUILT_IN_LESSONS} trainee="ann" progress={progress} storeFolder={home} theme={theme} decoder={decoder} env={env} />;
}

/**
 * A terminal larger than 24x80: Ink draws on an emulated TTY of that size (its real terminal
 * path), the keys go in through a TTY stdin, and the emulator's cells are the picture.
 */
async function onTerminal(element: ReactElement, shot: Shot, size: {cols: number; rows: number}): Promise<Cell[][]> {
	const terminal = new xterm.Terminal({cols: size.cols, rows: size.rows, allowProposedApi: true});
	let parsed = Promise.resolve();
	const stdout = Object.assign(new EventEmitter(), {
		isTTY: true,
		columns: size.cols,
		rows: size.rows,
		write(chunk: string) {
			parsed = new Promise<void>(resolve => terminal.write(chunk.replaceAll('\n', '\r\n'), resolve));
			return true;
		},
	});
	const stdin = createTtyStdin();
	const app = render(element, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		patchConsole: false,
		exitOnCtrlC: false,
	});
	const screenText = () => Array.from({length: size.rows}, (_, row) => terminal.buffer.active.getLine(row)?.translateToString(true) ?? '').join('\n');
	const settled = async () => {
		await new Promise(resolve => setTimeout(resolve, 50));
		await parsed;
	};
	try {
		await settled();
		for (const key of shot.keys) {
			stdin.press(key);
			await settled();
		}
		for (let waited = 0; shot.waitFor && !screenText().includes(shot.waitFor); waited += 50) {
			if (waited > 10_000) throw new Error(`Screenshot ${shot.file}: "${shot.waitFor}" never showed:\n${screenText()}`);
			await settled();
		}
		await settled();
		const rows: Cell[][] = [];
		for (let row = 0; row < size.rows; row++) {
			const line = terminal.buffer.active.getLine(row);
			rows.push(
				Array.from({length: size.cols}, (_, col) => {
					const cell = line?.getCell(col);
					if (!cell) throw new Error(`Screenshot: no cell at row ${row + 1}, column ${col + 1}`);
					return {char: cell.getChars() || ' ', color: colourOf(cell, row, col), inverse: cell.isInverse() !== 0, underline: cell.isUnderline() !== 0};
				}),
			);
		}
		return rows;
	} finally {
		app.unmount();
		app.cleanup();
		terminal.dispose();
	}
}

export async function generateScreenshots(folder: string): Promise<string[]> {
	// The demo job runs at full speed: the picture shows its end.
	process.env['BRMS_TUI_DEMO_STEP_MS'] = '0';
	mkdirSync(folder, {recursive: true});
	const written: string[] = [];
	for (const shot of SHOTS) {
		writeFileSync(join(folder, shot.file), await shoot(shot));
		written.push(shot.file);
	}
	return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const folder = dirname(fileURLToPath(import.meta.url));
	const written = await generateScreenshots(folder);
	console.log(`${written.length} pictures written to ${folder}`);
}
