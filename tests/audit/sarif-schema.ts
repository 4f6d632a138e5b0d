// The SARIF 2.1.0 JSON schema (rtm.5, the version ESLint's SARIF formatter names), as @microsoft/jest-sarif ships
// it: a draft-04 schema, which ajv 6 reads with its bundled draft-04 meta-schema.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import Ajv from 'ajv';

const load = createRequire(__filename);

function readJson(specifier: string): object {
  return JSON.parse(readFileSync(load.resolve(specifier), 'utf8')) as object;
}

/** The schema's errors for a log, one line each (`[]` when the log is valid SARIF 2.1.0). */
export function sarifSchemaErrors(log: unknown): string[] {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, format: 'full' });
  ajv.addMetaSchema(readJson('ajv/lib/refs/json-schema-draft-04.json'));
  const validate = ajv.compile(readJson('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  if (validate(log) === true) return [];
  return (validate.errors ?? []).map((error) => `${error.dataPath} ${error.message ?? error.keyword}`);
}
