/**
 * Validation of HSDS records against the specification's JSON Schemas, copied in `schemas/hsds/`.
 * The specification's OpenAPI file declares JSON Schema 2020-12, hence Ajv's 2020 class.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { projectRoot } from './build-site';

const SCHEMA_DIR = join(projectRoot, 'schemas/hsds');
const BASE = 'https://tlpj.test/hsds/';
/** Keywords of the HSDS files that describe the tabular form or the documentation, not the JSON. */
const HSDS_KEYWORDS = ['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'example', 'core', 'tabular_required'];

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(HSDS_KEYWORDS);
  const files = [
    ...readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json') && name !== 'datapackage.json'),
    ...readdirSync(join(SCHEMA_DIR, 'compiled')).map((name) => `compiled/${name}`),
  ];
  // The files refer to each other by file name ("phone.json"): each gets an address so that those refs resolve.
  for (const file of files) ajv.addSchema({ ...JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')), $id: `${BASE}${file}` });
  return ajv;
}

let ajv: Ajv2020 | undefined;

export type HsdsSchema = 'service' | 'organization' | 'location' | 'taxonomy_term' | 'taxonomy' | 'compiled/service_list' | 'compiled/organization_list' | string;

export function hsdsValidator(schema: HsdsSchema): ValidateFunction {
  ajv ??= createAjv();
  const validate = ajv.getSchema(`${BASE}${schema}.json`);
  if (!validate) throw new Error(`Schéma HSDS introuvable : ${schema}`);
  return validate;
}

function describe(error: ErrorObject): string {
  const field = error.instancePath === '' ? '(racine)' : error.instancePath;
  return `${field} — ${error.message ?? error.keyword}`;
}

/** The problems of a record, each naming the field, e.g. `phones/0/extension — must be number`. Empty when valid. */
export function hsdsErrors(schema: HsdsSchema, record: unknown, label: string): string[] {
  const validate = hsdsValidator(schema);
  if (validate(record)) return [];
  return (validate.errors ?? []).map((error) => `${label} : ${describe(error)}`);
}
