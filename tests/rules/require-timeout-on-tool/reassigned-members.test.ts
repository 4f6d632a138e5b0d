import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// A tracked value is followed only while every write of what holds it is known to keep it: a class member written
// again with a value (`this.http = fake` in a method, `service.http = fake` on an instance, a subclass's write) or
// a `let` alias of a tracked function written twice (`let get = axios.get; get = other;`) may hold another value
// when called, so those calls are not judged. Writes of `null` or `undefined` store nothing to call.

/** An axios call without a bound at `line`, columns `column`–`endColumn`, whose suggestion adds the options. */
function unbounded(code: string, line: number, column: number, endColumn: number, call: string, name: string) {
  return {
    code,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout' as const,
        data: { name: 'axios.get', remedy: 'pass `timeout` or `signal`' },
        line,
        column,
        endLine: line,
        endColumn,
        suggestions: [
          {
            messageId: 'addBound' as const,
            data: { text: 'timeout: 30_000' },
            output: code.replace(call, `${call.slice(0, -1)}, { timeout: 30_000 })`),
          },
        ],
      },
    ],
    name,
  };
}

runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    {
      code: `import axios from 'axios';
class Service {
  constructor() { this.http = axios.create({ baseURL }); }
  useFake(fake) { this.http = fake; }
  async load() { return this.http.get('/users'); }
}`,
      name: 'a member the class writes again with another value',
    },
    {
      code: `import axios from 'axios';
class Service {
  http = axios.create({ baseURL });
  async load() { return this.http.get('/users'); }
}
const service = new Service();
service.http = fake;`,
      name: 'a field written from outside the class',
    },
    {
      code: `import axios from 'axios';
class Service {
  constructor() { this.http = axios.create({ baseURL }); }
  async load() { return this.http.get('/users'); }
}
class Mocked extends Service {
  constructor() { super(); this.http = fake; }
}`,
      name: "a subclass's write of the member",
    },
    {
      code: `import axios from 'axios';
class Service {
  static http = axios.create({ baseURL });
  static async load() { return Service.http.get('/users'); }
}
Service.http = fake;`,
      name: 'a static field written through the class name',
    },
    {
      code: `import axios from 'axios';
class Service {
  #http = axios.create({ baseURL });
  static mocked(fake) { const service = new Service(); service.#http = fake; return service; }
  async load() { return this.#http.get('/users'); }
}`,
      name: 'a private field written on another instance inside the class',
    },
    {
      code: `import axios from 'axios';
const Service = class {
  http = axios.create({ baseURL });
  async load() { return this.http.get('/users'); }
};
class Base extends Service {}
class Mocked extends Base {
  m() { this.http = fake; }
}`,
      name: "a write by a subclass's subclass",
    },
    {
      code: `import axios from 'axios';
class Service {
  http = axios.create({ baseURL });
  async load() { return this.http.get('/users'); }
}
let service = new Service() as Service;
service.http = fake;`,
      name: 'a field written through an instance kept in a let',
    },
    {
      code: `import axios from 'axios';
let get = axios.get;
if (mock) get = fakeGet;
await get('/users');`,
      name: 'a module-level alias written again',
    },
    {
      code: `import axios from 'axios';
function load(mock) {
  let get = axios.get;
  if (mock) get = fakeGet;
  return get('/users');
}`,
      name: 'a function-level alias written again',
    },
    {
      code: `import axios from 'axios';
let http = axios;
http = fakeAxios;
await http.get('/users');`,
      name: 'an alias of the module object written again',
    },
  ],
  invalid: [
    unbounded(
      `import axios from 'axios';
class Service {
  constructor() { this.http = axios.create({ baseURL }); }
  close() { this.http = null; }
  async load() { return this.http.get('/users'); }
}`,
      5,
      25,
      48,
      "this.http.get('/users')",
      'a member written once, and cleared with null',
    ),
    unbounded(
      `import axios from 'axios';
class Service {
  http = axios.create({ baseURL });
  async load() { return this.http.get('/users'); }
}
class Other {
  constructor() { this.http = fake; }
}`,
      4,
      25,
      48,
      "this.http.get('/users')",
      "a field of that name written by another class's own instances",
    ),
    unbounded(
      `import axios from 'axios';
class Service {
  #http = axios.create({ baseURL });
  async load() { return this.#http.get('/users'); }
}
other.http = fake;`,
      4,
      25,
      49,
      "this.#http.get('/users')",
      'a private field, which nothing outside the class can write',
    ),
    unbounded(
      `import axios from 'axios';
export class A {
  http = axios.create();
  async f(u) { return this.http.get(u); }
}
function unrelated(o) { o.http = 5; }`,
      4,
      23,
      39,
      'this.http.get(u)',
      'a member of that name written on an unrelated object',
    ),
    unbounded(
      `import axios from 'axios';
class Service {
  http = axios.create({ baseURL });
  async load() { return this.http.get('/users'); }
}
class B extends Other {
  m() { this.http = 1; }
}`,
      4,
      25,
      48,
      "this.http.get('/users')",
      'a member of that name written by a subclass of another class',
    ),
    unbounded(
      `import axios from 'axios';
class Service {
  http = axios.create({ baseURL });
  async load() { return this.http.get('/users'); }
}
const other = new Other();
other.http = fake;`,
      4,
      25,
      48,
      "this.http.get('/users')",
      'a member of that name written on an instance of another class',
    ),
    unbounded(
      `import axios from 'axios';
let get = axios.get;
await get('/users');`,
      3,
      7,
      20,
      "get('/users')",
      'an alias written once',
    ),
    unbounded(
      `import axios from 'axios';
function load() {
  let get = null;
  get = axios.get;
  return get('/users');
}`,
      5,
      10,
      23,
      "get('/users')",
      'an alias first cleared, then written once',
    ),
  ],
});
