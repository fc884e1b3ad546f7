import { dateSchema, httpUrlSchema, z } from './common';

/**
 * The Table's founding document, the common project 2013-2015: a source that has no web address. Content
 * names it by this id wherever a fact comes from it.
 */
export const PROJET_COMMUN = 'projet-commun-2013-2015';

function emptyToUndefined(value: unknown): unknown {
  return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

/**
 * Where a stated fact comes from: a public source (`source: https://…`), the Table's common project
 * (`source: projet-commun-2013-2015`), or the organisation itself (`declare_le: 2026-12-02`, the day it
 * said so). Spread into the object that states the fact; `requireProvenance` refuses it without one.
 */
export const provenanceFields = {
  source: z.preprocess(
    emptyToUndefined,
    z
      .union([z.literal(PROJET_COMMUN), httpUrlSchema], {
        error: `source attendue : une adresse Web (https://…) ou « ${PROJET_COMMUN} » (le projet commun de la Table)`,
      })
      .optional(),
  ),
  /** The day the organisation itself stated the fact. */
  declare_le: z.preprocess(emptyToUndefined, dateSchema.optional()),
};

export interface Provenance {
  source?: string;
  declare_le?: Date;
}

/** The three ways to say where a fact comes from, for the messages that ask for one. */
export const PROVENANCE_FIX = `ajoutez « source: https://… » (la page qui le dit), « source: ${PROJET_COMMUN} » (le projet commun de la Table) ou « declare_le: AAAA-MM-JJ » (le jour où l'organisme l'a déclaré)`;

export function hasProvenance(value: Provenance): boolean {
  return value.source !== undefined || value.declare_le !== undefined;
}

/**
 * Runs a refinement even when other fields of the object have problems, so that every error of a file is
 * reported at once; only problems in `fields` themselves stop it.
 */
export function unlessInvalid(...fields: string[]) {
  return { when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) => !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))) };
}

/** A refinement for objects that state a fact: without a provenance, the fact is refused. */
export function requireProvenance(what: string, unknownInstead: string) {
  return (value: Provenance, context: z.RefinementCtx) => {
    if (hasProvenance(value)) return;
    context.addIssue({
      code: 'custom',
      path: ['source'],
      message: `${what} sans provenance : ${PROVENANCE_FIX} ; si aucune source ne le dit, ${unknownInstead}`,
    });
  };
}
