// Types of the generated validator (progress-validator.js, Ajv standalone code).
export type ValidationError = {instancePath: string; message?: string};
export declare const validateProgress: ((data: unknown) => boolean) & {errors?: ValidationError[] | null};
export default validateProgress;
