// @ts-check
import eslint from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// class-validator's IsOptional lets null through every rule (null then reached NOT NULL columns as a
// 500); DTOs say which they mean with @IsOptionalNotNull() or @IsOptionalNullable().
const NO_CLASS_VALIDATOR_IS_OPTIONAL = {
  name: 'class-validator',
  importNames: ['IsOptional'],
  message: 'Use @IsOptionalNotNull() or @IsOptionalNullable() from @steg/http.',
};

/**
 * Nx dependency constraints for layered scopes: a project of one layer may depend on shared code and
 * on the layers below it, never on its own layer's other scopes or on a layer above.
 */
function layers(stack) {
  return stack.flatMap((layer, i) =>
    layer.map((scope) => ({
      sourceTag: scope,
      onlyDependOnLibsWithTags: ['scope:shared', ...stack.slice(0, i).flat()],
    })),
  );
}

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'coverage/**', '.data/**', '.nx/**', '**/*.js', '**/*.mjs'],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // The root package.json is read for the API version.
          allow: ['../../package.json', '../../../package.json'],
          depConstraints: [
            // The kernel is the bottom: it depends on nothing of ours.
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:infrastructure', onlyDependOnLibsWithTags: ['type:kernel'] },
            // Bounded contexts talk to shared code and to each other's public index only.
            {
              sourceTag: 'type:context',
              onlyDependOnLibsWithTags: ['type:kernel', 'type:infrastructure', 'type:context'],
            },
            // A read model reads across the contexts' tables (ARCHITECTURE.md): it may use their public
            // faces, entities included; no context depends on a read model.
            {
              sourceTag: 'type:read-model',
              onlyDependOnLibsWithTags: ['type:kernel', 'type:infrastructure', 'type:context'],
            },
            { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
            // The contexts are layered (ARCHITECTURE.md): each may use only those below it, so a new
            // reach across contexts — upwards or sideways — fails the lint and with it `npm test`.
            // audit < access < case-work (the gate) < participants < referrals < interventions <
            // plans, attendance; read models and the composition root sit above them all.
            ...layers([
              ['scope:audit'],
              ['scope:access'],
              ['scope:case-work'],
              ['scope:participants'],
              ['scope:referrals'],
              ['scope:interventions'],
              ['scope:plans', 'scope:attendance'],
            ]),
            {
              sourceTag: 'type:composition',
              onlyDependOnLibsWithTags: [
                'type:kernel',
                'type:infrastructure',
                'type:context',
                'type:read-model',
                'type:migrations',
              ],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: [
                'type:kernel',
                'type:infrastructure',
                'type:context',
                'type:composition',
              ],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:kernel',
                'type:infrastructure',
                'type:context',
                'type:read-model',
                'type:composition',
                'type:testing',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // class-validator's IsOptional lets null through every rule (null then reached NOT NULL columns
    // as a 500); DTOs say which they mean with @IsOptionalNotNull() or @IsOptionalNullable().
    // Before the domain block, which sets its own no-restricted-imports for domain/ files.
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_CLASS_VALIDATOR_IS_OPTIONAL],
        },
      ],
    },
  },
  {
    // A context uses another context's public face (index.ts) only: its tables
    // (`@steg/<context>/schema`) are for the composition root, the read models, demo data and tests,
    // and its demo seed (`@steg/<context>/demo`) for libs/core and demo/ files. Entities name another
    // context's table by name in `@ForeignKey('<table>')`, never by importing its class.
    files: ['libs/*/src/**/*.ts'],
    ignores: ['libs/core/**', 'libs/shared/**', 'libs/read-models/**', 'libs/*/src/demo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_CLASS_VALIDATOR_IS_OPTIONAL],
          patterns: [
            { group: ['@steg/*/demo'], message: 'Demo data is for libs/core, demo/ folders and tests.' },
            {
              group: ['@steg/*/schema'],
              message:
                "Ask the context's public face (index.ts); its entities are for core, read models and tests.",
            },
          ],
        },
      ],
    },
  },
  {
    // Domain rules are plain TypeScript: no framework, no ORM (STYLE.md).
    files: ['libs/**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'pg'], message: 'domain/ stays free of Nest and TypeORM' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: {
      // supertest bodies are `any` by design; assertions check their shape.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
