#!/usr/bin/env node
// The baseline: Ink's hello world, bundled and run exactly like brms-tui (production build,
// started as a bin through /usr/bin/env, alternate screen off, one line that echoes what is typed). Every figure of the bench is shown
// beside this app's, measured in the same run on the same machine.

import {Box, render, Text, useApp, useInput} from 'ink';
import {useState} from 'react';

function Hello() {
	const {exit} = useApp();
	const [typed, setTyped] = useState('');
	useInput((input, key) => {
		if (key.escape) exit();
		else setTyped(previous => (previous + input).slice(-60));
	});
	return (
		<Box flexDirection="column" height={24}>
			<Text color="green">Hello, world</Text>
			<Text>{typed}</Text>
		</Box>
	);
}

render(<Hello />, {exitOnCtrlC: true});
