// What a validator compiled ahead of time (scripts/generate-validators.ts) found wrong, as one line
// that lists every problem, in the words conf used to use.

export type CompiledValidator = ((data: unknown) => boolean) & {errors?: Array<{instancePath: string; message?: string}> | null};

/** undefined when the document passes. `pointerOf`: where a problem is, when `document` is part of what it names. */
export function schemaProblems(validate: CompiledValidator, document: unknown, pointerOf = (pointer: string) => pointer): string | undefined {
	if (validate(document)) return undefined;
	const problems = (validate.errors ?? []).map(({instancePath, message = ''}) => `\`${pointerOf(instancePath).slice(1)}\` ${message}`);
	return `Config schema violation: ${problems.join('; ')}`;
}
