/** The library entry point of the `ape` package. */
export * from './errors.js';
