// One raw-key reader for the whole app (gemini-cli's KeypressContext pattern): it decodes
// Ink's tokenised input events with the key table and hands each keystroke to the subscribers,
// the newest first. Pop-ups (F4 list, F1 help, questions) need no priority here: they are
// panels on the panel stack, and the stack gives every key to its top panel (ui/panel/runtime.ts).
// Ink's useInput is not used: in 6.8 it cannot tell F-keys apart (keys-5250.md §5.4).

import {useStdin, useStdout} from 'ink';
import {createContext, type ReactNode, useContext, useEffect, useLayoutEffect, useMemo, useRef} from 'react';
import {redrawWholeScreen} from '../screen/frame-diff.js';
import {KeyDecoder} from './decoder.js';
import type {Keystroke} from './key-names.js';

/** Return true when the keystroke was used; older subscribers then do not see it. */
export type KeystrokeHandler = (keystroke: Keystroke) => boolean | undefined;

type Subscriber = {handler: {current: KeystrokeHandler}};

type KeypressRegistry = {
	decoder: KeyDecoder;
	subscribe: (subscriber: Subscriber) => () => void;
};

const KeypressContext = createContext<KeypressRegistry | undefined>(undefined);

/**
 * The key reader. Inside another one it adds nothing: an application that changes what it shows
 * (brms-tui learn: the Lessons list, then a lesson's panels) keeps one reader, so no key typed
 * ahead is lost while the new panels start.
 */
export function KeypressProvider({decoder, children}: {decoder?: KeyDecoder; children: ReactNode}) {
	const outer = useContext(KeypressContext);
	return outer ? children : <KeyReader decoder={decoder}>{children}</KeyReader>;
}

function KeyReader({decoder, children}: {decoder?: KeyDecoder | undefined; children: ReactNode}) {
	const {internal_eventEmitter: events, setRawMode, isRawModeSupported} = useStdin();
	const {stdout} = useStdout();
	const registry = useMemo<KeypressRegistry & {subscribers: Subscriber[]}>(() => {
		const subscribers: Subscriber[] = [];
		return {
			decoder: decoder ?? new KeyDecoder(),
			subscribers,
			subscribe(subscriber) {
				subscribers.unshift(subscriber);
				return () => {
					const index = subscribers.indexOf(subscriber);
					if (index !== -1) subscribers.splice(index, 1);
				};
			},
		};
	}, [decoder]);

	useEffect(() => {
		if (isRawModeSupported) setRawMode(true);
		const onInput = (event: string) => {
			for (const keystroke of registry.decoder.feed(event)) {
				// Ctrl+L: the screen drawn again from blank (a terminal emulator's redraw key: line
				// noise on a slow link). The panels never see it; the frame stays what it was.
				if (keystroke.kind === 'key' && keystroke.name === 'RefreshScreen') {
					const redraw = redrawWholeScreen();
					if (redraw) stdout.write(redraw);
					continue;
				}
				for (const subscriber of [...registry.subscribers]) {
					if (subscriber.handler.current(keystroke) === true) break;
				}
			}
		};
		events.on('input', onInput);
		return () => {
			events.off('input', onInput);
			if (isRawModeSupported) setRawMode(false);
		};
	}, [events, registry, setRawMode, isRawModeSupported, stdout]);

	return <KeypressContext.Provider value={registry}>{children}</KeypressContext.Provider>;
}

/** Subscribe to decoded keystrokes; the latest handler is always the one called. */
export function useKeypress(handler: KeystrokeHandler, {isActive = true} = {}) {
	const registry = useContext(KeypressContext);
	if (!registry) throw new Error('useKeypress must be used inside <KeypressProvider>');
	const handlerRef = useRef(handler);
	handlerRef.current = handler;
	// In the commit itself, not after it is drawn: when one screen replaces another, no key can
	// reach the one that went (or miss the one that came) in between.
	useLayoutEffect(() => {
		if (!isActive) return undefined;
		return registry.subscribe({handler: handlerRef});
	}, [registry, isActive]);
}

/** The decoder in use (the key-test panel shows which table row matched). */
export function useKeyDecoder(): KeyDecoder {
	const registry = useContext(KeypressContext);
	if (!registry) throw new Error('useKeyDecoder must be used inside <KeypressProvider>');
	return registry.decoder;
}
