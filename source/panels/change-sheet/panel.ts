// The change sheet as a panel: what to key in WRKCTLGBRM on the host so that it holds the local
// group (the same steps `brms-tui diff` prints), opened from the STRBKUBRM prompt when the local
// group has changes not applied. Read-only; Roll pages it; Enter or F12 returns; F10 (brms-tui's
// own key) records that the host now holds the local group, once the operator keyed the sheet.

import {type ChangeStep, changeSheetLines} from '../../domain/change-sheet.js';
import {message} from '../../domain/messages.js';
import {createEditState} from '../../ui/fields/editor.js';
import {BLUE, GREEN, scrollIndicatorRun, textRun, titleRuns, WHITE, wrapIndented} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState} from '../../ui/panel/panel.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, visibleIndexes} from '../../ui/subfile.js';

const FIRST_ROW = 6;
const PAGE_SIZE = 14;

type SheetState = PanelState & {top: number};

/** `markApplied` records that the host holds the local group (absent: F10 is not offered). */
export function changeSheetPanel(systemName: string, group: string, steps: readonly ChangeStep[], markApplied?: () => void): PanelInstance {
	const sheet = changeSheetLines(steps);
	if (sheet.length === 0) sheet.push({text: 'No changes since the group was last marked applied.', heading: false});
	// Every step in full: a long one goes on over the next lines, indented.
	const lines = sheet.flatMap(line => wrapIndented(line.text, 78, 4).map(text => ({text, heading: line.heading})));
	const panel: Panel<SheetState> = {
		id: 'CHANGE-SHEET',
		subfile: {window: state => ({top: state.top, pageSize: PAGE_SIZE, total: lines.length}), setTop: (state, top) => ({...state, top})},
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			...(markApplied && steps.length > 0 ? [{key: 'F10', label: 'Applied on host'}] : []),
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1'],
		fields: () => [],
		body: (state, size) => {
			const runs: Run[] = [
				...titleRuns(`Change Sheet for ${group}`, systemName, size),
				textRun(3, 2, `Key this in WRKCTLGBRM on ${systemName}, then press F10`, BLUE),
				textRun(4, 2, `(or run: brms-tui applied ${group}). Press Enter to continue.`, BLUE),
			];
			visibleIndexes({top: state.top, pageSize: PAGE_SIZE, total: lines.length}).forEach((index, row) => {
				const line = lines[index]!;
				runs.push(textRun(FIRST_ROW + row, 2, line.text, line.heading ? WHITE : GREEN));
			});
			runs.push(scrollIndicatorRun(FIRST_ROW + PAGE_SIZE, hasMore({top: state.top, pageSize: PAGE_SIZE, total: lines.length})));
			return runs;
		},
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
			if (keystroke.name === 'Enter' || keystroke.name === 'F12') return {state, effect: {type: 'close'}};
			if (keystroke.name === 'F10' && markApplied && steps.length > 0) {
				markApplied();
				return {state, effect: {type: 'close', result: {message: message('groupMarkedApplied', group, systemName)}}};
			}
			return {state};
		},
	};
	return instance(panel, {top: 0, edit: createEditState([])});
}
