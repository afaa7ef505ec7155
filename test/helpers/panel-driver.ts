// The panels as the app runs them, without React: WRKCTLGBRM (the registry's options and
// commands) on a fresh demo system, driven through the panel runtime's driver with keystrokes,
// and the screen read back as rows of text (input fields' blank cells as _ when asked).

import {COMMANDS, OPTIONS, panelHelpOf} from '../../source/panels/registry.js';
import type {Services} from '../../source/panels/services.js';
import {workWithControlGroups} from '../../source/panels/work-with-control-groups/panel.js';
import type {KeyName} from '../../source/ui/keys/key-names.js';
import {createDriver} from '../../source/ui/panel/driver.js';
import {screenOf} from '../../source/ui/panel/runtime.js';
import {SCREEN_24X80, type ScreenModel, toCells} from '../../source/ui/screen/model.js';
import {demoSystem} from './brms.js';

/** A key by its 5250 name, or text typed character by character. */
export type Step = KeyName | {type: string};

/** Option `option` next to `name` on WRKCTLGBRM: Position to the group, then its Opt field. */
export const optionOn = (name: string, option: number): Step[] => ['Home', {type: name}, 'Enter', 'Tab', {type: String(option)}, 'Enter'];

export function drivePanels({systemName = 'BRMSDEMO', services = demoSystem().services}: {systemName?: string; services?: Services} = {}) {
	const list = workWithControlGroups({systemName, systemId: 'demo', options: OPTIONS, commands: COMMANDS, canSelectSystem: false});
	const driver = createDriver(list, services, {panelHelp: panelHelpOf});
	const screen = (): ScreenModel => screenOf(driver.stack, SCREEN_24X80);
	return {
		driver,
		services,
		press(...steps: Step[]) {
			for (const step of steps) {
				if (typeof step === 'string') driver.press({kind: 'key', name: step, raw: ''});
				else for (const char of step.type) driver.press({kind: 'char', char, raw: char});
			}
		},
		screen,
		/** The rows as drawn, 80 columns each; `underscores`: input fields' blank cells as _. */
		rows(underscores = false): string[] {
			return toCells(screen()).map(row => row.map(cell => (underscores && cell.char === ' ' && cell.attributes.underline ? '_' : cell.char)).join(''));
		},
		/** One row, 1-based, trimmed at the right. */
		row(row: number): string {
			return (this.rows()[row - 1] ?? '').trimEnd();
		},
		textAt(row: number, col: number, length: number): string {
			return (this.rows()[row - 1] ?? '').slice(col - 1, col - 1 + length);
		},
		top: () => driver.stack.frames.at(-1)!,
	};
}
