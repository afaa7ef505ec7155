// How 5250 colours become terminal colours (keys-5250.md §2.4, tn5250j defaults mapped to the
// 16-colour palette so it works over SSH where COLORTERM is not forwarded).

import {createContext, useContext} from 'react';
import type {Attributes, Color} from './model.js';

export type Theme = {
	/** No colours (NO_COLOR set or a terminal without colour); underline and reverse remain. */
	monochrome: boolean;
	/** Draw blank input positions as "_" (tn5250 +underscores) where underline cannot be shown. */
	underscores: boolean;
};

const INK_COLORS: Record<Color, string> = {
	green: 'green',
	white: 'whiteBright',
	red: 'redBright',
	turquoise: 'cyan',
	yellow: 'yellowBright',
	pink: 'magentaBright',
	// 5250 blue is light (tn5250j #8C78FF); dark blue on black would be unreadable.
	blue: 'blueBright',
};

/** The theme for this process: NO_COLOR (any non-empty value) turns colour off, as no-color.org asks. */
export function detectTheme(env: NodeJS.ProcessEnv = process.env, colorLevel = 1): Theme {
	const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
	return {monochrome: noColor || colorLevel === 0, underscores: colorLevel === 0};
}

export type InkTextStyle = {color?: string; bold?: boolean; underline?: boolean; inverse?: boolean};

export function inkStyle(attributes: Attributes, theme: Theme): InkTextStyle {
	const style: InkTextStyle = {};
	if (theme.monochrome) {
		// High-intensity white (titles, headings) stays distinguishable without colour.
		if (attributes.color === 'white') style.bold = true;
	} else {
		style.color = INK_COLORS[attributes.color];
	}
	if (attributes.underline) style.underline = true;
	if (attributes.reverse) style.inverse = true;
	return style;
}

export const ThemeContext = createContext<Theme>({monochrome: false, underscores: false});

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
