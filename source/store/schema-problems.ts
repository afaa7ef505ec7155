// What a validator compiled ahead of time (scripts/generate-validators.ts) found wrong, as one line
// that lists every problem, in the words conf used to use.

export type CompiledValidator = ((data: unknown) => boolean) & {errors?: Array<{instancePath: string; message?: string}> | null};

/** undefined when the document passes. */
export function schemaProblems(validate: CompiledValidator, document: unknown): string | undefined {
	if (validate(document)) return undefined;
	const problems = (validate.errors ?? []).map(({instancePath, message = ''}) => `\`${instancePath.slice(1)}\` ${message}`);
	return `Config schema violation: ${problems.join('; ')}`;
}
