// Draws a ScreenModel with Ink: one Text line per row, styled segments inside, and the real
// terminal cursor on the 5250 cursor's cell.

import {memo} from 'react';
import {Box, Text, useCursor} from 'ink';
import {toSegments, type ScreenModel, type Segment} from './model.js';
import {inkStyle, useTheme, type Theme} from './theme.js';

function isPlainBlank(segment: Segment): boolean {
	return !segment.attributes.underline && !segment.attributes.reverse && segment.text.trim() === '';
}

const Row = memo(function Row({segments, theme}: {segments: Segment[]; theme: Theme}) {
	// An empty Text would take no line at all: a blank row is one space.
	if (segments.length === 0) return <Text> </Text>;
	return (
		<Text wrap="truncate">
			{segments.map((segment, index) => {
				// Unstyled blanks are written as plain spaces: no colour codes for empty cells.
				if (isPlainBlank(segment)) return segment.text;
				const text =
					theme.underscores && segment.attributes.underline ? segment.text.replaceAll(' ', '_') : segment.text;
				return (
					<Text key={index} {...inkStyle(segment.attributes, theme)}>
						{text}
					</Text>
				);
			})}
		</Text>
	);
}, sameRow);

function sameRow(previous: {segments: Segment[]; theme: Theme}, next: {segments: Segment[]; theme: Theme}): boolean {
	// Rows are rebuilt from the model on every render; compare their content, not their identity.
	return previous.theme === next.theme && JSON.stringify(previous.segments) === JSON.stringify(next.segments);
}

export function Screen({model}: {model: ScreenModel}) {
	const theme = useTheme();
	const {setCursorPosition} = useCursor();
	setCursorPosition(model.cursor ? {x: model.cursor.col - 1, y: model.cursor.row - 1} : undefined);
	const rows = toSegments(model);
	return (
		<Box flexDirection="column" width={model.cols} height={model.rows}>
			{rows.map((segments, index) => (
				<Row key={index} segments={segments} theme={theme} />
			))}
		</Box>
	);
}
