// Kume's default NACE Rev.2 cluster definitions, on 4-digit classes and on 2-digit divisions, as
// rows of the definitions file format and as core ClusterDefinition values (built like an import).

import {
  buildClusterDefinition,
  type ClusterDefinition,
  type ClusterDefinitionRow,
  type ClusterType,
} from '../clusterDefinition';
import { naceClusterCategories } from './naceClusterCategories';
import type { NaceDefinitionId } from './naceDefinitionIds';
import { naceRev2Classes, type NaceLanguage } from './naceRev2Classes';

/** A row of the definitions file format (industry, cluster, type, cluster_name) and its title. */
export interface NaceDefinitionRow {
  /** With the section letter, 'C24.51' or 'C24': Excel keeps it as text, Kume reads it as '2451'. */
  industry: string;
  industryName: string;
  cluster: string;
  clusterName: string;
  type: ClusterType;
}

/** The name of each category's cluster in a language (the code is the English name). */
function clusterName(category: (typeof naceClusterCategories)[number], language: NaceLanguage) {
  return language === 'tr' ? category.tr : category.code;
}

/** Class code ('2451') -> index into naceClusterCategories. A class listed twice keeps its last. */
export function naceClassClusters(): Map<string, number> {
  const clusters = new Map<string, number>();
  naceClusterCategories.forEach((category, at) => {
    for (const dotted of category.classes.split(' ')) clusters.set(dotted.replace('.', ''), at);
  });
  return clusters;
}

/**
 * Division code ('24') -> index into naceClusterCategories: the category holding most of the
 * division's classes by count; on a tie, the tied category of the division's lowest class code.
 */
export function naceDivisionClusters(): Map<string, number> {
  const byClass = naceClassClusters();
  const counts = new Map<string, Map<number, { count: number; first: string }>>();
  for (const item of naceRev2Classes().classes) {
    const at = byClass.get(item.code);
    if (at === undefined) continue;
    const division =
      counts.get(item.division) ?? new Map<number, { count: number; first: string }>();
    counts.set(item.division, division);
    const tally = division.get(at) ?? { count: 0, first: item.code };
    tally.count += 1;
    division.set(at, tally);
  }
  const result = new Map<string, number>();
  for (const [division, tallies] of counts) {
    let best: [number, { count: number; first: string }] | undefined;
    for (const entry of tallies) {
      const [, tally] = entry;
      if (
        best === undefined ||
        tally.count > best[1].count ||
        (tally.count === best[1].count && tally.first < best[1].first)
      )
        best = entry;
    }
    if (best) result.set(division, best[0]);
  }
  return result;
}

/**
 * The rows of a shipped definition, grouped by cluster in category order (traded, then local) and
 * by industry code within a cluster; names in `language`.
 */
export function naceDefinitionRows(
  id: NaceDefinitionId,
  language: NaceLanguage,
): NaceDefinitionRow[] {
  const nace = naceRev2Classes();
  const industries =
    id === 'nace-rev2-classes'
      ? nace.classes.map((item) => ({
          code: item.code,
          industry: `${item.section}${item.dotted}`,
          title: item.title,
        }))
      : nace.divisions.map((item) => ({
          code: item.code,
          industry: `${item.section}${item.code}`,
          title: item.title,
        }));
  const clusterOf = id === 'nace-rev2-classes' ? naceClassClusters() : naceDivisionClusters();
  const rows: (NaceDefinitionRow & { at: number })[] = [];
  for (const industry of industries) {
    const at = clusterOf.get(industry.code);
    if (at === undefined) continue;
    const category = naceClusterCategories[at]!;
    rows.push({
      at,
      industry: industry.industry,
      industryName: industry.title[language],
      cluster: category.code,
      clusterName: clusterName(category, language),
      type: category.type,
    });
  }
  // Stable sort: industries keep their code order within a cluster.
  rows.sort((a, b) => a.at - b.at);
  return rows.map(({ at: _at, ...row }) => row);
}

/** A shipped definition as core computes with it, built and checked as an imported file is. */
export function naceClusterDefinition(
  id: NaceDefinitionId,
  language: NaceLanguage,
): ClusterDefinition {
  const rows: ClusterDefinitionRow[] = naceDefinitionRows(id, language).map((row) => ({
    industry: row.industry,
    cluster: row.cluster,
    type: row.type,
    clusterName: row.clusterName,
  }));
  const { definition, errors } = buildClusterDefinition(rows);
  if (errors.length > 0)
    throw new Error(`the shipped definition ${id} is broken: ${errors[0]?.message ?? ''}`);
  return definition;
}

/** What a project shows for a shipped definition: its name, a description and the source. */
export function naceDefinitionInfo(id: NaceDefinitionId, language: NaceLanguage) {
  const classes = id === 'nace-rev2-classes';
  const text = {
    en: {
      name: `Kume NACE Rev.2 default (${classes ? '4-digit classes' : '2-digit divisions'})`,
      description: `Kume's default cluster definition on NACE Rev.2 ${classes ? 'classes' : 'divisions'}: traded cluster categories in the manner of the European Cluster Observatory (Ketels & Protsiv 2014) and the US benchmark definitions (Delgado, Porter & Stern 2016), and local clusters. Sources and the rules used where the mapping was by judgement: docs/definitions/nace-rev2.md.`,
    },
    tr: {
      name: `Kume NACE Rev.2 varsayılanı (${classes ? '4 haneli sınıflar' : '2 haneli bölümler'})`,
      description: `Kume'nin NACE Rev.2 ${classes ? 'sınıfları' : 'bölümleri'} üzerindeki varsayılan küme tanımı: Avrupa Küme Gözlemevi (Ketels ve Protsiv 2014) ve ABD referans tanımları (Delgado, Porter ve Stern 2016) tarzında ticari küme kategorileri ile yerel kümeler. Kaynaklar ve eşlemenin yargıya dayandığı yerlerdeki kurallar: docs/definitions/nace-rev2.md.`,
    },
  }[language];
  return { ...text, source: `kume:${id}` };
}
