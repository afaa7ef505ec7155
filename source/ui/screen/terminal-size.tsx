// Follows the terminal's size, so a panel can show a clear notice instead of a garbled screen
// when the terminal is smaller than the panel (a 5250 display cannot shrink).

import {Box, Text, useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {PanelSize} from '../layout.js';

export type TerminalSize = {columns: number; rows: number};

export function useTerminalSize(): TerminalSize | undefined {
	const {stdout} = useStdout();
	const read = (): TerminalSize | undefined => (stdout.isTTY && stdout.columns && stdout.rows ? {columns: stdout.columns, rows: stdout.rows} : undefined);
	const [size, setSize] = useState(read);
	// biome-ignore lint/correctness/useExhaustiveDependencies: read() depends on stdout alone.
	useEffect(() => {
		const onResize = () => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}

/** The notice to show instead of the panel, or undefined when the panel fits. */
export function useTooSmallNotice(panel: PanelSize): string | undefined {
	const terminal = useTerminalSize();
	// Without a TTY (tests, pipes) nothing is known about the size: draw the panel.
	if (!terminal || (terminal.columns >= panel.cols && terminal.rows >= panel.rows)) return undefined;
	return `This terminal is ${terminal.columns}x${terminal.rows}; brms-tui needs ${panel.cols}x${panel.rows}. Enlarge it, or press F3 to leave.`;
}

/** The notice, and under it the panel's message (what F3 answered, if it did not leave). */
export function TooSmall({notice, message, columns}: {notice: string; message?: string | undefined; columns: number}) {
	return (
		<Box width={columns} flexDirection="column">
			<Text wrap="wrap">{notice}</Text>
			{message ? <Text wrap="wrap">{message}</Text> : null}
		</Box>
	);
}
