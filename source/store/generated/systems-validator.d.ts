// Types of the generated validator (systems-validator.js, Ajv standalone code).
export type ValidationError = {instancePath: string; message?: string};
export declare const validateSystems: ((data: unknown) => boolean) & {errors?: ValidationError[] | null};
export default validateSystems;
