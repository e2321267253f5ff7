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

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
);
