// Draws a ScreenModel with Ink: one Text line per row holding that row's finished ANSI string,
// and the real terminal cursor on the 5250 cursor's cell. Ink walks every node on every frame,
// so each row is one plain text node: no nested styled Text to squash, and an unchanged row is
// the same string as before (React skips it; Ink's line caches find it).

import chalk from 'chalk';
import {Box, Text, useCursor} from 'ink';
import {memo} from 'react';
import {type Attributes, type ScreenModel, type Segment, toSegments} from './model.js';
import {inkStyle, type Theme, useTheme} from './theme.js';

function isPlainBlank(segment: Segment): boolean {
	return !segment.attributes.underline && !segment.attributes.reverse && segment.text.trim() === '';
}

/** The escape codes Ink's <Text> would wrap the text in, applied in Ink's order. */
function styled(text: string, attributes: Attributes, theme: Theme): string {
	const style = inkStyle(attributes, theme);
	let out = text;
	if (style.color) out = chalk[style.color as 'green'](out);
	if (style.bold) out = chalk.bold(out);
	if (style.underline) out = chalk.underline(out);
	if (style.inverse) out = chalk.inverse(out);
	return out;
}

/** One row as the terminal line Ink writes (a blank row is one space: an empty Text takes no line). */
export function rowLine(segments: readonly Segment[], theme: Theme): string {
	if (segments.length === 0) return ' ';
	let line = '';
	for (const segment of segments) {
		// Unstyled blanks are written as plain spaces: no colour codes for empty cells.
		if (isPlainBlank(segment)) line += segment.text;
		else line += styled(theme.underscores && segment.attributes.underline ? segment.text.replaceAll(' ', '_') : segment.text, segment.attributes, theme);
	}
	return line;
}

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
