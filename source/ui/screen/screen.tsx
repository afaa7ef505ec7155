// Draws a ScreenModel with Ink: one Text line per row holding that row's finished ANSI string,
// and the real terminal cursor on the 5250 cursor's cell. Ink walks every node on every frame,
// so each row is one plain text node: no nested styled Text to squash, and an unchanged row is
// the same string as before (React skips it; Ink's line caches find it).

import {Box, Text, useCursor} from 'ink';
import {memo} from 'react';
import {type ScreenModel, toSegments} from './model.js';
import {rowLine} from './row-line.js';
import {useTheme} from './theme.js';

const Row = memo(function Row({line}: {line: string}) {
	return <Text wrap="truncate">{line}</Text>;
});

export function Screen({model}: {model: ScreenModel}) {
	const {setCursorPosition} = useCursor();
	setCursorPosition(model.cursor ? {x: model.cursor.col - 1, y: model.cursor.row - 1} : undefined);
	return <ScreenLines model={model} />;
}

/** The screen's rows without the terminal cursor: a pane of text beside or under the panel. */
export function ScreenLines({model}: {model: ScreenModel}) {
	const theme = useTheme();
	const lines = toSegments(model).map(segments => rowLine(segments, theme));
	return (
		<Box flexDirection="column" width={model.cols} height={model.rows}>
			{lines.map((line, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a row's place on the screen is its identity.
				<Row key={index} line={line} />
			))}
		</Box>
	);
}
