// A CL command as the command prompter splits it: the command's name, then its parameters, each
// KEYWORD(value) or a positional value. Values keep their inner parentheses and quoted strings
// ('it''s' stays as typed). brms-tui knows the parameter definitions of STRBKUBRM only, so
// F4 on an exit command (User Exit Maintenance) prompts the parameters as typed.

export type ClParameter = {keyword: string | undefined; value: string};
export type ClCommand = {name: string; parameters: ClParameter[]};

/** The words of a command at parenthesis depth 0, outside quotes; undefined when quotes or parentheses do not pair. */
function words(text: string): string[] | undefined {
	const found: string[] = [];
	let word = '';
	let depth = 0;
	let quoted = false;
	for (const character of text) {
		if (quoted) {
			word += character;
			if (character === "'") quoted = false;
			continue;
		}
		if (character === "'") quoted = true;
		else if (character === '(') depth++;
		else if (character === ')' && --depth < 0) return undefined;
		if (/\s/.test(character) && depth === 0) {
			if (word) found.push(word);
			word = '';
		} else word += character;
	}
	if (quoted || depth !== 0) return undefined;
	if (word) found.push(word);
	return found;
}

export function parseClCommand(text: string): ClCommand | undefined {
	const [name, ...rest] = words(text) ?? [];
	if (!name || !/^([A-Z$#@][A-Z0-9$#@_.]{0,9}\/)?[A-Z$#@][A-Z0-9$#@_.]{0,9}$/i.test(name)) return undefined;
	return {
		name: name.toUpperCase(),
		parameters: rest.map(word => {
			const keyword = /^([A-Z][A-Z0-9]{0,9})\((.*)\)$/is.exec(word);
			return keyword ? {keyword: keyword[1]!.toUpperCase(), value: keyword[2]!} : {keyword: undefined, value: word};
		}),
	};
}

/** The command typed out again: a blank value leaves its parameter out (its default), as the prompter does. */
export function clCommandText(command: ClCommand): string {
	const parts = command.parameters
		.filter(each => each.value.trim() !== '')
		.map(each => (each.keyword ? `${each.keyword}(${each.value.trim()})` : each.value.trim()));
	return [command.name, ...parts].join(' ');
}

/** Whether a value's quotes and parentheses pair (it can stand inside KEYWORD(...)). */
export function isBalancedValue(value: string): boolean {
	return words(`X ${value}`) !== undefined;
}
