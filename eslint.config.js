import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Page text is hostile: HTML sinks are banned outright in our code.
const htmlSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is banned: page text is hostile.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is banned: page text is hostile.' },
  { selector: "MemberExpression[property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is banned.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is banned.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'document.write is banned.' },
  { selector: "NewExpression[callee.name='DOMParser']", message: 'DOMParser on page strings is banned: use the linear tokenizer.' },
];

// One writer: only the background's storage layer writes storage.local (read-modify-write behind its mutex).
const directStorageWrites = [
  {
    selector: "CallExpression[callee.property.name=/^(set|remove|clear)$/][callee.object.property.name='local']",
    message: 'Write storage through the background writer (lib/messaging/client.ts), never storage.local directly.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...htmlSinks, ...directStorageWrites],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The writer itself, and tests/scripts that seed or inspect storage on purpose.
    files: ['lib/storage/**', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks] },
  },
  {
    // lib/ is the pure core: it never reaches into the UI, and storage never depends on the views' insights.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/components/**'], message: 'lib/ must not import components/ (UI depends on lib, never the reverse).' }] }],
    },
  },
  {
    files: ['lib/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/components/**'], message: 'lib/ must not import components/.' },
            { group: ['**/insights/**'], message: 'lib/storage must not import lib/insights (insights read storage types, not the reverse).' },
          ],
        },
      ],
    },
  },
  {
    // Dev tooling parses saved pages with happy-dom; extension code never parses HTML strings.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
