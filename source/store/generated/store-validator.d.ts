// Types of the generated validator (store-validator.js, Ajv standalone code).
export type ValidationError = {instancePath: string; message?: string};
export declare const validate: ((data: unknown) => boolean) & {errors?: ValidationError[] | null};
export default validate;
