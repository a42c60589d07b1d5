// The rules for what people type to get an account; they live in core, where the web app's
// inline validation reads the same ones.

export { emailSchema, localeSchema, passwordSchema, personNameSchema } from '@kume/core';
