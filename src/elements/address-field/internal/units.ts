/**
 * The administrative units an address field searches, loaded on demand as their own chunks: today's units when
 * an address field is first shown, the pre-reform units only when a citizen says their papers use them. Each
 * list and its search index are built once per page and shared by every address field on it.
 */
import { FoldedIndex } from '../../../core/text/search.js';
import { fold } from '../../../core/text/fold.js';
import type { Commune, Province } from '../../../data/admin-units-2025.js';
import type { OldCommune, OldDistrict, OldProvince } from '../../../data/admin-units-pre2025.js';

/** Short forms people type for the two largest cities, besides what folding already finds ("ha noi"). */
const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '01': ['HN', 'TP HN', 'Hanoi'],
  '79': ['HCM', 'TP HCM', 'TPHCM', 'Sài Gòn', 'Saigon', 'Ho Chi Minh City'],
};

/** Today's units with their indexes. */
export interface Units {
  module: typeof import('../../../data/admin-units-2025.js');
  provinces: FoldedIndex<Province>;
  communes: FoldedIndex<Commune>;
}

/** The pre-reform units with their indexes. */
export interface OldUnits {
  module: typeof import('../../../data/admin-units-pre2025.js');
  provinces: FoldedIndex<OldProvince>;
  districts: FoldedIndex<OldDistrict>;
  communes: FoldedIndex<OldCommune>;
}

let units: Promise<Units> | undefined;
let oldUnits: Promise<OldUnits> | undefined;

/** Today's units (scheme 2025-07). */
export function loadUnits(): Promise<Units> {
  units ??= import('../../../data/admin-units-2025.js').then((module) => ({
    module,
    provinces: new FoldedIndex(
      module.provinces.map((item) => ({ item, names: [item.fullName, item.name], aliases: PROVINCE_ALIASES[item.code] ?? [] })),
    ),
    communes: new FoldedIndex(module.communes.map((item) => ({ item, names: [item.fullName, item.name] }))),
  }));
  return units;
}

/** The units before 1 July 2025, with the mapping to today's. */
export function loadOldUnits(): Promise<OldUnits> {
  oldUnits ??= import('../../../data/admin-units-pre2025.js').then((module) => ({
    module,
    provinces: new FoldedIndex(module.oldProvinces.map((item) => ({ item, names: [item.fullName, item.name] }))),
    districts: new FoldedIndex(module.oldDistricts.map((item) => ({ item, names: [item.fullName, item.name] }))),
    communes: new FoldedIndex(module.oldCommunes.map((item) => ({ item, names: [item.fullName, item.name] }))),
  }));
  return oldUnits;
}

/** The unit named `name` (full or short name, any spelling), for values given by name only. */
export function findByName<T extends { name: string; fullName: string }>(list: readonly T[], name: string): T | undefined {
  const key = fold(name);
  if (!key) return undefined;
  return list.find((item) => fold(item.fullName) === key) ?? list.find((item) => fold(item.name) === key);
}
