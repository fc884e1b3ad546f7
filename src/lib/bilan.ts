/**
 * The yearly bilan, computed once from the indicator definitions and the year files: each indicator's
 * status against its target, its change from the previous year, the women/men/other sums, its trend,
 * and the open-data rows. Plain TypeScript: pages, endpoints and tests call it directly.
 *
 * How a status is decided (the bilan page explains the same rules to readers):
 * - no value this year → `donnee-manquante` (a missing value is never read as zero);
 * - target is a number N → `atteint` when the value is at least N; below N, `en-progres` when the value is
 *   higher than the previous year's, otherwise `non-atteint`;
 * - `maintenir` → `atteint` when the value is at least the previous year's, `non-atteint` when lower;
 * - `augmenter` → `atteint` when the value is higher than the previous year's, `non-atteint` when equal or lower;
 * - for `maintenir` and `augmenter`, a year whose previous year has no value (or no file: the first year)
 *   cannot be judged → `donnee-manquante`, with the reason « pas de valeur l'année précédente »;
 * - `documenter` → `atteint` as soon as the value is recorded.
 *
 * A year with nothing recorded yet (as `npm run bilan:nouveau` creates it) is « à venir »: its page says
 * so, and it stays out of the series, the charts and the open data until its first figure is written.
 */
import type { Bilan, Element, Repartition } from '../schemas/bilan';
import type { Cible, Indicateur } from '../schemas/indicateur';

export const STATUTS = ['atteint', 'en-progres', 'non-atteint', 'donnee-manquante'] as const;
export type Statut = (typeof STATUTS)[number];

/** Why a status was given, so that the page can say it in words. */
export type Motif =
  | 'valeur-manquante'
  | 'precedente-manquante'
  | 'seuil-atteint'
  | 'hausse-vers-seuil'
  | 'sous-seuil'
  | 'maintenu'
  | 'en-baisse'
  | 'en-hausse'
  | 'sans-hausse'
  | 'documente';

export interface Evaluation {
  statut: Statut;
  motif: Motif;
}

export function evaluate(cible: Cible, valeur: number | undefined, precedente: number | undefined): Evaluation {
  if (valeur === undefined) return { statut: 'donnee-manquante', motif: 'valeur-manquante' };
  if (cible === 'documenter') return { statut: 'atteint', motif: 'documente' };
  if (typeof cible === 'number') {
    if (valeur >= cible) return { statut: 'atteint', motif: 'seuil-atteint' };
    if (precedente !== undefined && valeur > precedente) return { statut: 'en-progres', motif: 'hausse-vers-seuil' };
    return { statut: 'non-atteint', motif: 'sous-seuil' };
  }
  if (precedente === undefined) return { statut: 'donnee-manquante', motif: 'precedente-manquante' };
  if (cible === 'maintenir') {
    return valeur >= precedente ? { statut: 'atteint', motif: 'maintenu' } : { statut: 'non-atteint', motif: 'en-baisse' };
  }
  return valeur > precedente ? { statut: 'atteint', motif: 'en-hausse' } : { statut: 'non-atteint', motif: 'sans-hausse' };
}

/** Change from the previous year; unknown when either value is missing. */
export function change(valeur: number | undefined, precedente: number | undefined): number | undefined {
  return valeur === undefined || precedente === undefined ? undefined : valeur - precedente;
}

export function repartitionTotal(repartition: Repartition): number {
  return repartition.femmes + repartition.hommes + repartition.autres;
}

export type Tendance = 'hausse' | 'baisse' | 'stable' | 'indeterminee';

/** From the first known value to the last; fewer than two known values tell no trend. */
export function trend(values: readonly (number | undefined)[]): Tendance {
  const known = values.filter((value): value is number => value !== undefined);
  const first = known[0];
  const last = known[known.length - 1];
  if (known.length < 2 || first === undefined || last === undefined) return 'indeterminee';
  if (last > first) return 'hausse';
  if (last < first) return 'baisse';
  return 'stable';
}

const YEAR_ID = /^(\d{4})-(\d{4})$/;

/** `2014-2015` → `2013-2014`; anything else has no previous year. */
export function previousYearId(id: string): string | undefined {
  const match = YEAR_ID.exec(id);
  if (!match) return undefined;
  const start = Number(match[1]);
  return `${start - 1}-${start}`;
}

/** A year id names two consecutive years: `2015-2016`. */
export function isYearId(id: string): boolean {
  const match = YEAR_ID.exec(id);
  return Boolean(match && Number(match[2]) === Number(match[1]) + 1);
}

export interface AnneeSource {
  id: string;
  data: Bilan;
}

/** One indicator in one year. */
export interface Mesure extends Evaluation {
  indicateur: Indicateur;
  annee: string;
  exemple: boolean;
  valeur?: number;
  precedente?: number;
  variation?: number;
  repartition?: Repartition;
  note?: string;
}

export interface Annee {
  id: string;
  exemple: boolean;
  /** Nothing recorded yet: « données à venir ». */
  aVenir: boolean;
  mesures: Mesure[];
  /** How many indicators have each status: the year's key figures. */
  parStatut: Record<Statut, number>;
  alliances: Element[];
  projetsCommuns: Element[];
  initiatives: Element[];
  notes?: string;
  /** The year the changes are computed against (the year just before), when its file exists. */
  comparee?: string;
  /** Neighbours in the list of published years, for navigation. */
  precedente?: string;
  suivante?: string;
}

/** One indicator over every year. */
export interface Serie {
  indicateur: Indicateur;
  mesures: Mesure[];
  tendance: Tendance;
  /** The status of the most recent year, the one the overview shows. */
  derniere?: Mesure;
}

export interface BilanModel {
  indicateurs: Indicateur[];
  annees: Annee[];
  series: Serie[];
  /** At least one year is sample data: every page and data file says so. */
  exemple: boolean;
}

/** No value, breakdown, note, item or remark written yet: the year is still to come. */
export function isPending(year: Bilan): boolean {
  const nothing = Object.values(year.valeurs).every((item) => item.valeur === undefined && item.repartition === undefined && item.note === undefined);
  return nothing && year.alliances.length === 0 && year.projets_communs.length === 0 && year.initiatives.length === 0 && year.notes === undefined;
}

function countByStatut(mesures: readonly Mesure[]): Record<Statut, number> {
  const counts = Object.fromEntries(STATUTS.map((statut) => [statut, 0])) as Record<Statut, number>;
  for (const mesure of mesures) counts[mesure.statut] += 1;
  return counts;
}

export function buildBilan(definitions: readonly Indicateur[], sources: readonly AnneeSource[]): BilanModel {
  const indicateurs = [...definitions].sort((a, b) => a.ordre - b.ordre || a.id.localeCompare(b.id));
  const ordered = [...sources].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(ordered.map((source) => [source.id, source]));
  const annees = ordered.map((source, index): Annee => {
    const previousId = previousYearId(source.id);
    const previous = previousId ? byId.get(previousId) : undefined;
    const mesures = indicateurs.map((indicateur): Mesure => {
      const current = source.data.valeurs[indicateur.id];
      const precedente = previous?.data.valeurs[indicateur.id]?.valeur;
      const valeur = current?.valeur;
      return {
        indicateur,
        annee: source.id,
        exemple: source.data.exemple,
        valeur,
        precedente,
        variation: change(valeur, precedente),
        repartition: indicateur.ads ? current?.repartition : undefined,
        note: current?.note,
        ...evaluate(indicateur.cible, valeur, precedente),
      };
    });
    return {
      id: source.id,
      exemple: source.data.exemple,
      aVenir: isPending(source.data),
      mesures,
      parStatut: countByStatut(mesures),
      alliances: source.data.alliances,
      projetsCommuns: source.data.projets_communs,
      initiatives: source.data.initiatives,
      notes: source.data.notes,
      comparee: previous?.id,
      precedente: ordered[index - 1]?.id,
      suivante: ordered[index + 1]?.id,
    };
  });
  const measured = annees.filter((annee) => !annee.aVenir);
  const series = indicateurs.map((indicateur, position): Serie => {
    const mesures = measured.map((annee) => annee.mesures[position] as Mesure);
    return { indicateur, mesures, tendance: trend(mesures.map((mesure) => mesure.valeur)), derniere: mesures[mesures.length - 1] };
  });
  return { indicateurs, annees, series, exemple: annees.some((annee) => annee.exemple) };
}

/** One row of the open data: one indicator in one year. Missing values stay `null`, never 0. */
export interface LigneDonnees {
  annee: string;
  donnees_exemple: boolean;
  indicateur: string;
  titre: string;
  unite: string;
  cible: string;
  valeur: number | null;
  femmes: number | null;
  hommes: number | null;
  autres: number | null;
  variation: number | null;
  statut: Statut;
}

export function dataRows(model: BilanModel): LigneDonnees[] {
  return model.annees.filter((annee) => !annee.aVenir).flatMap((annee) =>
    annee.mesures.map((mesure) => ({
      annee: annee.id,
      donnees_exemple: annee.exemple,
      indicateur: mesure.indicateur.id,
      titre: mesure.indicateur.titre,
      unite: mesure.indicateur.unite,
      cible: String(mesure.indicateur.cible),
      valeur: mesure.valeur ?? null,
      femmes: mesure.repartition?.femmes ?? null,
      hommes: mesure.repartition?.hommes ?? null,
      autres: mesure.repartition?.autres ?? null,
      variation: mesure.variation ?? null,
      statut: mesure.statut,
    })),
  );
}

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'oui' : 'non') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, comma-separated, UTF-8 with a byte-order mark so that spreadsheet software reads the accents. */
export function toCsv(rows: readonly LigneDonnees[]): string {
  const columns: (keyof LigneDonnees)[] = [
    'annee',
    'donnees_exemple',
    'indicateur',
    'titre',
    'unite',
    'cible',
    'valeur',
    'femmes',
    'hommes',
    'autres',
    'variation',
    'statut',
  ];
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
