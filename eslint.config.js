// ESLint flat config: typescript-eslint's recommended rules on the TypeScript sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.venv/**', 'training/**', 'models/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Imports run one way (README.md, "Layout"): cli -> server -> model, text, data, eval;
  // nothing imports the CLI or the server, and the client SDK stands alone.
  ...layer(['src/model/**', 'src/text/**', 'src/data/**', 'src/eval/**'], ['cli', 'server', 'client']),
  ...layer(['src/server/**'], ['cli']),
  ...layer(['src/client/**'], ['cli', 'server', 'model', 'text', 'data', 'eval']),
);

/** ESLint settings forbidding files matched by `files` to import from src/<dir>/ for each of `forbidden`. */
function layer(files, forbidden) {
  const patterns = forbidden.map((dir) => ({
    group: [`**/${dir}/*`, `**/${dir}/**`],
    message: `src/${dir}/ may not be imported from here: imports run cli -> server -> model, text, data, eval (README.md, "Layout")`,
  }));
  return [{ files, rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] } }];
}
