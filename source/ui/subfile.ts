// A subfile (5250 list) window: which records show, paging with the Roll keys, and where
// "Position to" lands. Pure functions; the panel owns the records.

import {KIT_MESSAGES} from './fields/operator-errors.js';

export type SubfileWindow = {
	/** Index of the first record shown. */
	top: number;
	/** Records per page (SFLPAG). */
	pageSize: number;
	total: number;
};

export function visibleIndexes(window: SubfileWindow): number[] {
	const end = Math.min(window.total, window.top + window.pageSize);
	return Array.from({length: Math.max(0, end - window.top)}, (_, index) => window.top + index);
}

/** True when records follow this page: show "More...", else "Bottom". */
export function hasMore(window: SubfileWindow): boolean {
	return window.top + window.pageSize < window.total;
}

export type RollResult = {top: number; blocked: boolean};

/** Roll Up (PageDown) shows the next page; Roll Down (PageUp) the previous. At the ends nothing moves. */
export function roll(window: SubfileWindow, direction: 'up' | 'down'): RollResult {
	if (direction === 'up') {
		if (!hasMore(window)) return {top: window.top, blocked: true};
		return {top: window.top + window.pageSize, blocked: false};
	}
	if (window.top === 0) return {top: 0, blocked: true};
	return {top: Math.max(0, window.top - window.pageSize), blocked: false};
}

/** Keeps the window inside the list after records were removed. */
export function clampTop(window: SubfileWindow): number {
	if (window.total === 0) return 0;
	return Math.min(window.top, Math.max(0, window.total - 1));
}

/**
 * "Position to": the first record whose key starts with the characters, or else the first one
 * that sorts after them; `exact` tells which.
 */
export function positionTo(keys: readonly string[], startingCharacters: string, compare: (a: string, b: string) => number): {index: number; exact: boolean} {
	const exactIndex = keys.findIndex(key => key.startsWith(startingCharacters));
	if (exactIndex !== -1) return {index: exactIndex, exact: true};
	const after = keys.findIndex(key => compare(key, startingCharacters) > 0);
	return {index: after === -1 ? Math.max(0, keys.length - 1) : after, exact: false};
}

/**
 * A Roll key on a subfile: the new first record, or, at either end, the top unchanged and the
 * message IBM's list panels show there.
 */
export function rollKey(window: SubfileWindow, key: 'RollUp' | 'RollDown'): {top: number; notice?: {id: string; text: string}} {
	const result = roll(window, key === 'RollUp' ? 'up' : 'down');
	if (!result.blocked) return {top: result.top};
	return {top: window.top, notice: key === 'RollUp' ? KIT_MESSAGES.rollBottom : KIT_MESSAGES.rollTop};
}
