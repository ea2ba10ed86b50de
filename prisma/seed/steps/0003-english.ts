// Step 0003: the English texts of what steps 0001 and 0002 wrote — indicator
// definitions, source titles and publishers, the text of province facts and
// the notes of DTI results — for databases seeded before those fields existed
// (a fresh seed writes them with the records). Taken from the seed data itself.
//
// An English field is filled only while it is empty and the record's own text
// is still the seed's: an English text a person has typed stays as it is, and
// so does a record whose Vietnamese a person has changed (the seed's English
// would no longer render it). Both are counted as kept.
//
// Unit, pillar and indicator names need nothing here: every seed step has
// written nameEn from the same lists (tests/integration/seed-english.test.ts
// checks that each is English).
import { indicators, type IndicatorSeed } from "../data/catalog";
import { dtiResults, type DtiResultSeed } from "../data/figures";
import { historyDtiResults, historySources, type HistoryDtiSeed } from "../data/history";
import { provinceFacts, type ProvinceFactSeed } from "../data/provinces";
import { sources, type SourceSeed } from "../data/sources";
import { loadIds, type StepCounts, type Tx } from "../writers";
import { HG_PORTAL, HG_PORTAL_ARTICLE } from "./0002-history";

const isEmpty = (text: string | null) => text === null || text.trim() === "";

/** A Vietnamese text as the seed wrote it, with its English (null where the seed has none). */
interface SeededText {
  vi: string | null;
  en: string | null;
}

/**
 * The English to write into a record that may hold any of several seeded
 * texts: that of the seeded text the record still holds, while its English
 * field is empty. Returns null when there is nothing to write, and counts a
 * record left alone (English typed by a person, Vietnamese changed) as kept.
 */
function englishFor(row: SeededText, seeded: readonly SeededText[], counts: StepCounts): string | null {
  const match = seeded.find((s) => s.vi === row.vi);
  if (!isEmpty(row.en)) {
    if (row.en !== match?.en) counts.kept++;
    return null;
  }
  if (!match) {
    counts.kept++;
    return null;
  }
  return match.en;
}

/** Every publisher the seed has given a source, with its English name. */
function seededPublishers(): Map<string, SeededText[]> {
  const publishers = new Map<string, SeededText[]>();
  for (const s of [...sources, ...historySources] as readonly SourceSeed[]) {
    if (s.publisher === undefined) continue;
    publishers.set(s.key, [...(publishers.get(s.key) ?? []), { vi: s.publisher, en: s.publisherEn }]);
  }
  return publishers;
}

/**
 * Every note the seed has given a DTI result, by province and year, with its
 * English: step 0002 replaced step 0001's Hậu Giang 2020 row, note and all.
 * Results the seed gives no note at all are left out.
 */
function seededDtiNotes(): Map<string, { province: string; year: number; notes: SeededText[] }> {
  const notes = new Map<string, { province: string; year: number; notes: SeededText[] }>();
  for (const d of [...dtiResults, ...historyDtiResults] as ReadonlyArray<DtiResultSeed | HistoryDtiSeed>) {
    const key = `${d.province}/${d.year}`;
    const entry = notes.get(key) ?? { province: d.province, year: d.year, notes: [] };
    entry.notes.push({ vi: d.noteVi ?? null, en: d.noteEn ?? null });
    notes.set(key, entry);
  }
  for (const [key, entry] of notes) if (entry.notes.every((n) => n.vi === null)) notes.delete(key);
  return notes;
}

/** Every title the seed has given a source, with its English rendering. */
function seededTitles(): Map<string, Array<{ title: string; titleEn: string }>> {
  const titles = new Map<string, Array<{ title: string; titleEn: string }>>();
  const add = (key: string, title: string, titleEn: string) => titles.set(key, [...(titles.get(key) ?? []), { title, titleEn }]);
  for (const s of [...sources, ...historySources]) add(s.key, s.title, s.titleEn);
  // Step 0002 cites the Hậu Giang article instead of the portal's front page.
  add(HG_PORTAL, HG_PORTAL_ARTICLE.title, HG_PORTAL_ARTICLE.titleEn);
  return titles;
}

export async function seedEnglish(tx: Tx, counts: StepCounts): Promise<void> {
  await fillDefinitions(tx, counts);
  await fillTitles(tx, counts);
  await fillPublishers(tx, counts);
  await fillFactTexts(tx, counts);
  await fillDtiNotes(tx, counts);
}

async function fillDefinitions(tx: Tx, counts: StepCounts) {
  for (const i of indicators as readonly IndicatorSeed[]) {
    if (i.definitionVi === undefined) continue;
    const row = await tx.indicator.findUnique({ where: { code: i.code }, select: { id: true, definitionVi: true, definitionEn: true } });
    if (!row || !isEmpty(row.definitionEn)) {
      if (row && row.definitionEn !== i.definitionEn) counts.kept++;
      continue;
    }
    if (row.definitionVi !== i.definitionVi) {
      counts.kept++;
      continue;
    }
    await tx.indicator.update({ where: { id: row.id }, data: { definitionEn: i.definitionEn } });
    counts.replaced++;
  }
}

async function fillTitles(tx: Tx, counts: StepCounts) {
  for (const [key, seeded] of seededTitles()) {
    const row = await tx.source.findUnique({ where: { key }, select: { id: true, title: true, titleEn: true } });
    if (!row) continue;
    const titleEn = englishFor({ vi: row.title, en: row.titleEn }, seeded.map((s) => ({ vi: s.title, en: s.titleEn })), counts);
    if (titleEn === null) continue;
    await tx.source.update({ where: { id: row.id }, data: { titleEn } });
    counts.replaced++;
  }
}

async function fillPublishers(tx: Tx, counts: StepCounts) {
  for (const [key, seeded] of seededPublishers()) {
    const row = await tx.source.findUnique({ where: { key }, select: { id: true, publisher: true, publisherEn: true } });
    if (!row) continue;
    const publisherEn = englishFor({ vi: row.publisher, en: row.publisherEn }, seeded, counts);
    if (publisherEn === null) continue;
    await tx.source.update({ where: { id: row.id }, data: { publisherEn } });
    counts.replaced++;
  }
}

async function fillFactTexts(tx: Tx, counts: StepCounts) {
  const ids = await loadIds(tx);
  for (const f of provinceFacts as readonly ProvinceFactSeed[]) {
    if (f.textVi === undefined) continue;
    const provinceId = ids.maps.unit.get(f.province);
    if (provinceId === undefined) continue;
    const row = await tx.provinceFact.findUnique({ where: { provinceId_key: { provinceId, key: f.key } }, select: { id: true, textVi: true, textEn: true } });
    if (!row || !isEmpty(row.textEn)) {
      if (row && row.textEn !== f.textEn) counts.kept++;
      continue;
    }
    if (row.textVi !== f.textVi) {
      counts.kept++;
      continue;
    }
    await tx.provinceFact.update({ where: { id: row.id }, data: { textEn: f.textEn } });
    counts.replaced++;
  }
}

async function fillDtiNotes(tx: Tx, counts: StepCounts) {
  const ids = await loadIds(tx);
  for (const { province, year, notes } of seededDtiNotes().values()) {
    const provinceId = ids.maps.unit.get(province);
    if (provinceId === undefined) continue;
    const row = await tx.dtiResult.findUnique({ where: { provinceId_year: { provinceId, year } }, select: { id: true, noteVi: true, noteEn: true } });
    if (!row) continue;
    const noteEn = englishFor({ vi: row.noteVi, en: row.noteEn }, notes, counts);
    if (noteEn === null) continue;
    await tx.dtiResult.update({ where: { id: row.id }, data: { noteEn } });
    counts.replaced++;
  }
}
