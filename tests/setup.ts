import Module from 'node:module';

import { afterAll, describe, it } from 'vitest';

/** The ESLint major this vitest project runs on (vitest.config.mts sets it per project). */
const major = process.env.ESLINT_MAJOR ?? '10';

if (major !== '10') {
  // Route CommonJS `require('eslint')` and `require('eslint/…')` (from @typescript-eslint/rule-tester and
  // @typescript-eslint/utils) to the npm alias of this major. Each test file runs in a fresh worker, and this file
  // runs before the test file's imports, so no copy of ESLint 10 is loaded before the switch.
  const target = `eslint-v${major}`;
  const resolver = Module as unknown as {
    _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string;
  };
  const resolveFilename = resolver._resolveFilename;
  resolver._resolveFilename = function (request, parent, ...rest) {
    const routed =
      request === 'eslint' || request.startsWith('eslint/') ? target + request.slice('eslint'.length) : request;
    return resolveFilename.call(this, routed, parent, ...rest);
  };
}

// Loaded only now, with Node's require (the same module instance the test files import): a static import would be
// hoisted above the switch and load ESLint 10.
const { RuleTester } = Module.createRequire(__filename)(
  '@typescript-eslint/rule-tester',
) as typeof import('@typescript-eslint/rule-tester');

// Wires typescript-eslint's RuleTester to vitest: each valid/invalid case becomes a vitest test.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
