// The key-test panel: shows, for every key pressed, the bytes the terminal sent and what
// brms-tui made of them, so a user can see what their terminal (or SSH client, or tmux) sends.

import {useState} from 'react';
import {useExit} from './full-screen.js';
import type {KeyDecoder} from './keys/decoder.js';
import type {Keystroke} from './keys/key-names.js';
import {KeypressProvider, useKeyDecoder, useKeypress} from './keys/keypress.js';
import {BLUE, type PanelSize, textRun, titleRuns, WHITE} from './layout.js';
import type {Run} from './screen/model.js';
import {Screen} from './screen/screen.js';
import {type Theme, ThemeContext} from './screen/theme.js';

export function describeBytes(raw: string): string {
	return Array.from(raw, character => {
		const code = character.codePointAt(0) ?? 0;
		if (code === 0x1b) return 'ESC';
		if (code < 0x20) return `^${String.fromCodePoint(code + 64)}`;
		if (code === 0x7f) return 'DEL';
		return character;
	}).join(' ');
}

function describeKeystroke(keystroke: Keystroke): string {
	switch (keystroke.kind) {
		case 'key':
			return keystroke.name;
		case 'char':
			return `character "${keystroke.char}"`;
		case 'prefix':
			return 'Esc prefix armed: press the next key';
		case 'unknown':
			return 'not in the key map';
	}
}

const HISTORY_ROWS = 14;

function KeyTestScreen({systemName, size}: {systemName: string; size: PanelSize}) {
	const exit = useExit();
	const decoder = useKeyDecoder();
	const [history, setHistory] = useState<Keystroke[]>([]);
	useKeypress(keystroke => {
		if (keystroke.kind === 'key' && keystroke.name === 'F3') exit();
		setHistory(previous => [...previous, keystroke].slice(-HISTORY_ROWS));
		return true;
	});
	const runs: Run[] = [
		...titleRuns('Key Test', systemName, size),
		textRun(3, 2, 'Press any key to see what your terminal sends and what brms-tui reads.', BLUE),
		textRun(4, 2, 'Press F3 (or Esc 3) to leave.', BLUE),
		textRun(6, 2, 'Bytes received                Key', WHITE),
	];
	history.forEach((keystroke, index) => {
		const source = decoder.lookup(keystroke.raw)?.source;
		const meaning = describeKeystroke(keystroke) + (source ? `  (${source})` : '');
		runs.push(textRun(7 + index, 2, describeBytes(keystroke.raw).slice(0, 28).padEnd(30) + meaning));
	});
	runs.push(textRun(size.rows - 2, 2, 'F3=Exit', BLUE));
	return <Screen model={{...size, runs, cursor: {row: size.rows, col: 2}}} />;
}

export function KeyTestApp({systemName, size, theme, decoder}: {systemName: string; size: PanelSize; theme: Theme; decoder?: KeyDecoder}) {
	return (
		<ThemeContext.Provider value={theme}>
			<KeypressProvider decoder={decoder}>
				<KeyTestScreen systemName={systemName} size={size} />
			</KeypressProvider>
		</ThemeContext.Provider>
	);
}
