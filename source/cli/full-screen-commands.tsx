// The commands that run full screen — WRKCTLGBRM, the classroom of `learn`, `keys --test` — and
// so need Ink, React and yoga. main.ts imports this module only when one of them runs: the
// other commands (list, submit, status …) start without loading any of that (README,
// Benchmarks: about a third of their start-up).

import type {Lesson} from '../domain/lessons/lesson.js';
import type {Services} from '../panels/services.js';
import type {LessonProgressStore} from '../store/lesson-progress.js';
import {KeyTestApp} from '../ui/key-test.js';
import type {KeyDecoder} from '../ui/keys/decoder.js';
import {type PanelStack, unsavedTyping} from '../ui/panel/runtime.js';
import {SCREEN_24X80} from '../ui/screen/model.js';
import {Classroom} from './classroom.js';
import {takeEarlyStart} from './early-start.js';
import {runFullScreen} from './interactive.js';
import {openSystem} from './system.js';
import {terminalTheme} from './terminal.js';
import {openWorkplace, Workplace} from './workplace.js';

/** An error in one line, as the operator reads it (main.ts). */
type Describe = (error: unknown) => string;

/** The app's panel stack as it goes (its onStack), and what typing on it is not yet taken in (runFullScreen's unsaved). */
function watchedStack() {
	let stack: PanelStack<Services> | undefined;
	return {
		onStack: (next: PanelStack<Services> | undefined) => {
			stack = next;
		},
		unsaved: () => (stack ? unsavedTyping(stack, SCREEN_24X80) : undefined),
	};
}

export async function workWithBackupControlGroups(system: string | undefined, decoder: KeyDecoder, describe: Describe): Promise<number> {
	// Opened before the full screen, so an unknown system or a damaged store is a message (when
	// the first frame was painted before Ink, it was opened then).
	const early = takeEarlyStart();
	const first = early?.workplace ?? openWorkplace(system);
	const {onStack, unsaved} = watchedStack();
	await runFullScreen(<Workplace system={system} first={first} started={early?.stack} theme={terminalTheme()} decoder={decoder} onStack={onStack} />, {
		unsaved,
		describe,
		painted: early?.frame,
	});
	return 0;
}

export async function classroom(
	{lessons, trainee, progress}: {lessons: readonly Lesson[]; trainee: string; progress: LessonProgressStore},
	decoder: KeyDecoder,
	describe: Describe,
): Promise<number> {
	const {onStack, unsaved} = watchedStack();
	await runFullScreen(
		<Classroom
			lessons={lessons}
			trainee={trainee}
			progress={progress}
			storeFolder={progress.folder}
			theme={terminalTheme()}
			decoder={decoder}
			onStack={onStack}
		/>,
		{unsaved, describe},
	);
	return 0;
}

export async function keyTest(system: string | undefined, decoder: KeyDecoder, describe: Describe): Promise<number> {
	const {host} = openSystem(system);
	await runFullScreen(<KeyTestApp systemName={host.systemName} size={SCREEN_24X80} theme={terminalTheme()} decoder={decoder} />, {describe});
	return 0;
}
