// The screen the panel host draws for a stack: the top panel's screen and, on a terminal taller
// than the panel, the operator information line under it (as a 5250 emulator draws it). Pure, so
// the first frame can be painted before Ink is loaded (ui/screen/early-paint.ts) from the same model.

import type {PanelSize} from '../layout.js';
import type {ScreenModel} from '../screen/model.js';
import {operatorInformation, type PanelStack, screenOf} from './runtime.js';

export function hostScreen<Env>(
	stack: PanelStack<Env>,
	size: PanelSize,
	terminalRows: number | undefined,
	overlay?: (model: ScreenModel) => ScreenModel,
): ScreenModel {
	const model = screenOf(stack, size);
	const drawn = overlay ? overlay(model) : model;
	if (terminalRows === undefined || terminalRows <= size.rows) return drawn;
	const status = {row: size.rows + 1, col: 1, text: operatorInformation(stack, size), attributes: {color: 'white' as const}};
	return {...drawn, rows: size.rows + 1, runs: [...drawn.runs, status]};
}
