// `brms-tui learn`, full screen: the Lessons list; 1=Start makes the lesson's sandbox anew and
// runs the real panels on it, its step in a pane beside or under the 24x80 panel (or in a window
// on Attn at 80x24). F3 on WRKCTLGBRM ends the lesson and brings the list back.

import {Box} from 'ink';
import {type ReactNode, useMemo, useState, useSyncExternalStore} from 'react';
import type {Lesson} from '../domain/lessons/lesson.js';
import {statusOf} from '../domain/lessons/progress.js';
import {DEMO_SYSTEM_NAME} from '../host/demo/demo-system.js';
import {type LessonView, paneModel, panePlace, withLessonWindow, withStepReminder} from '../panels/lessons/pane.js';
import {lessonsList} from '../panels/lessons/panel.js';
import {panelHelpOf} from '../panels/registry.js';
import type {LessonRow, LessonServices, Services} from '../panels/services.js';
import type {LessonProgressStore} from '../store/lesson-progress.js';
import type {KeyDecoder} from '../ui/keys/decoder.js';
import {KeypressProvider, useKeypress} from '../ui/keys/keypress.js';
import {ScreenOverlay} from '../ui/panel/panel-host.js';
import type {PanelStack} from '../ui/panel/runtime.js';
import {SCREEN_24X80, type ScreenModel} from '../ui/screen/model.js';
import {ScreenLines} from '../ui/screen/screen.js';
import {useTerminalSize} from '../ui/screen/terminal-size.js';
import type {Theme} from '../ui/screen/theme.js';
import {TerminalApp} from '../ui/terminal-app.js';
import {LessonSession} from './lesson-session.js';

export type ClassroomProps = {
	lessons: readonly Lesson[];
	trainee: string;
	progress: LessonProgressStore;
	/** Where the sandboxes are made (the store's folder). */
	storeFolder: string;
	theme: Theme;
	decoder: KeyDecoder;
	env?: NodeJS.ProcessEnv;
	/** Every state the lesson's panel stack goes through (unsaved typing on a signal). */
	onStack?: (stack: PanelStack<Services> | undefined) => void;
};

/** The Lessons list's rows: each lesson with the trainee's status. */
export function lessonRows(lessons: readonly Lesson[], progress: LessonProgressStore, trainee: string): LessonRow[] {
	const mine = progress.lessons(trainee);
	return lessons.map(lesson => {
		const status = statusOf(mine[lesson.id]);
		const step = mine[lesson.id]?.current.step;
		return {
			id: lesson.id,
			title: lesson.title,
			status,
			steps: lesson.steps.length,
			...(status === 'in progress' && step !== undefined ? {step: Math.min(step + 1, lesson.steps.length)} : {}),
			...(lesson.later ? {later: lesson.later} : {}),
		};
	});
}

export function Classroom({lessons, trainee, progress, storeFolder, theme, decoder, env = process.env, onStack}: ClassroomProps) {
	const [running, setRunning] = useState<{session: LessonSession; serial: number} | undefined>();
	const services = useMemo<LessonServices>(
		() => ({
			lessons: () => lessonRows(lessons, progress, trainee),
			lesson: id => {
				const lesson = lessons.find(each => each.id === id);
				if (!lesson) return undefined;
				const row = lessonRows([lesson], progress, trainee)[0]!;
				const status = row.later ? 'later' : row.step ? `in progress, step ${row.step} of ${row.steps}` : row.status;
				const {summary, steps, source, later} = lesson;
				return {lesson: {id, title: lesson.title, summary, steps: steps.map(step => ({text: step.text})), source, ...(later ? {later} : {})}, status};
			},
			startLesson: id => {
				const lesson = lessons.find(each => each.id === id);
				if (!lesson) return 'the lesson is no longer there';
				try {
					const session = new LessonSession({lesson, trainee, progress, storeFolder, env});
					setRunning(previous => ({session, serial: (previous?.serial ?? 0) + 1}));
					return undefined;
				} catch (error) {
					return error instanceof Error ? error.message : String(error);
				}
			},
		}),
		[lessons, progress, trainee, storeFolder, env],
	);
	const [listSerial, setListSerial] = useState(0);
	// One key reader for the list and every lesson (ui/keys/keypress.tsx).
	return <KeypressProvider decoder={decoder}>{running ? lessonApp(running.session, running.serial) : listApp()}</KeypressProvider>;

	function lessonApp(session: LessonSession, serial: number) {
		return (
			<TerminalApp
				key={`lesson-${serial}`}
				initial={session.initial}
				env={session.services}
				panelHelp={panelHelpOf}
				size={SCREEN_24X80}
				theme={theme}
				decoder={decoder}
				onStack={stack => {
					session.panelStack(stack);
					onStack?.(stack);
				}}
				onEvent={event => session.panelEvent(event)}
				onExit={() => {
					session.leave();
					onStack?.(undefined);
					setRunning(undefined);
					setListSerial(serial => serial + 1);
				}}
				frame={panel => <LessonFrame session={session}>{panel}</LessonFrame>}
			/>
		);
	}

	function listApp() {
		return (
			<TerminalApp
				key={`lessons-${listSerial}`}
				initial={lessonsList(DEMO_SYSTEM_NAME, trainee)}
				env={services}
				panelHelp={panelHelpOf}
				size={SCREEN_24X80}
				theme={theme}
				decoder={decoder}
			/>
		);
	}
}

/** The reminder on 80x24 that a step is done (the window shows the next one). */
function reminderOf(view: LessonView, stepDone: number): string {
	return view.done
		? `Lesson ${view.id} done. F3 goes back to the Lessons list.`
		: `Step ${stepDone + 1} done. Attn (Ctrl+A, Esc A) shows step ${view.step + 1}.`;
}

/**
 * The panel and the lesson's step around it. It hears every key before the panel: Attn opens the
 * lesson window (F10 there shows the next hint; Enter, F12 or Attn closes it); any other key goes
 * on to the panel.
 */
function LessonFrame({session, children}: {session: LessonSession; children: ReactNode}) {
	const terminal = useTerminalSize();
	// Redrawn on every change of the lesson, including one between this render and its subscribing.
	useSyncExternalStore(session.subscribe, () => session.version);
	const [windowOpen, setWindowOpen] = useState(false);
	useKeypress(keystroke => {
		const key = keystroke.kind === 'key' ? keystroke.name : undefined;
		if (windowOpen) {
			if (key === 'F10') session.hint();
			else if (key === 'Enter' || key === 'F12' || key === 'F3' || key === 'Attn') setWindowOpen(false);
			return true;
		}
		session.keyPressed();
		if (key !== 'Attn') return false;
		setWindowOpen(true);
		return true;
	});
	const place = panePlace(terminal);
	const view = session.view();
	const stepDone = session.stepDone;
	const overlay = windowOpen
		? (model: ScreenModel) => withLessonWindow(model, view)
		: place === 'window' && stepDone !== undefined
			? (model: ScreenModel) => withStepReminder(model, reminderOf(view, stepDone))
			: undefined;
	const pane =
		place === 'beside' && terminal
			? paneModel(view, {rows: SCREEN_24X80.rows, cols: Math.min(terminal.columns - SCREEN_24X80.cols, 60)})
			: place === 'below' && terminal
				? // Under row 25: on a terminal taller than 24 rows the panel draws the operator information line there.
					paneModel(view, {rows: Math.min(terminal.rows - SCREEN_24X80.rows - 1, 16), cols: SCREEN_24X80.cols})
				: undefined;
	return (
		<ScreenOverlay.Provider value={overlay}>
			<Box flexDirection={place === 'beside' ? 'row' : 'column'}>
				{children}
				{pane ? <ScreenLines model={pane} /> : null}
			</Box>
		</ScreenOverlay.Provider>
	);
}
