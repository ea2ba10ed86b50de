// Every name, title, publisher, definition and note the seed gives the public
// pages exists in English too: on a fresh seed, and, through step 0003, on a database seeded
// before the English fields existed — without touching what a person typed.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db as sharedDb } from "@/lib/server/db";
import { createDbClient, type DbClient } from "@/lib/server/db-client";
import { indicators, type IndicatorSeed } from "@/prisma/seed/data/catalog";
import { dtiResults, type DtiResultSeed } from "@/prisma/seed/data/figures";
import { historyDtiResults, historySources, type HistoryDtiSeed } from "@/prisma/seed/data/history";
import { provinceFacts, type ProvinceFactSeed } from "@/prisma/seed/data/provinces";
import { sources, type SourceSeed } from "@/prisma/seed/data/sources";
import { seedDatabase, seedSteps } from "@/prisma/seed/seed";
import { seedArticles } from "@/prisma/seed/steps/0001-articles";
import { HG_PORTAL, HG_PORTAL_ARTICLE, seedHistory } from "@/prisma/seed/steps/0002-history";
import { corrections, seedCorrections } from "@/prisma/seed/steps/0004-corrections";
import { OVERDUE_DEFINITION } from "@/prisma/seed/steps/0005-meaning";

/** A definition as the later steps leave it: step 0005 rewords the one that mixed a flow and a stock. */
const laterDefinition = (i: { code: string; definitionVi: string; definitionEn: string }) =>
  i.code === OVERDUE_DEFINITION.code ? { definitionVi: OVERDUE_DEFINITION.nowVi, definitionEn: OVERDUE_DEFINITION.nowEn } : { definitionVi: i.definitionVi, definitionEn: i.definitionEn };
import { emptyCounts } from "@/prisma/seed/writers";
import { emptyDatabase, repoRoot } from "./helpers";

const definitions = (indicators as readonly IndicatorSeed[]).filter((i) => i.definitionVi !== undefined);
const texts = (provinceFacts as readonly ProvinceFactSeed[]).filter((f) => f.textVi !== undefined);
/** Each source's English title as the seed leaves it (step 0002 re-cites the Hậu Giang portal). */
const titleEnOf = new Map<string, string>([...sources, ...historySources].map((s) => [s.key, s.titleEn]));
titleEnOf.set(HG_PORTAL, HG_PORTAL_ARTICLE.titleEn);
/** Each source's publisher in both languages, for the sources the seed gives one. */
const publisherOf = new Map(
  ([...sources, ...historySources] as readonly SourceSeed[]).flatMap((s) => (s.publisher === undefined ? [] : [[s.key, { publisher: s.publisher, publisherEn: s.publisherEn }] as const])),
);
const seededDti = [...dtiResults, ...historyDtiResults] as ReadonlyArray<DtiResultSeed | HistoryDtiSeed>;
/** Each DTI result's note as the seed leaves it, by "province/year" (step 0002's replaces step 0001's). */
const noteOf = new Map<string, { noteVi: string; noteEn: string }>(seededDti.flatMap((d) => (d.noteVi === undefined ? [] : [[`${d.province}/${d.year}`, { noteVi: d.noteVi, noteEn: d.noteEn }] as const])));

// Letters of Vietnamese that English never uses: đ, and vowels with a tone or a hook.
const VIETNAMESE = /[đăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
/** English, and not a copy of the Vietnamese (a name without diacritics, like Long An, is its own English). */
const isEnglishName = (nameEn: string, nameVi: string) =>
  nameEn.trim() !== "" && !VIETNAMESE.test(nameEn) && !(nameEn === nameVi && VIETNAMESE.test(nameVi));
/** An English text: not empty, and no Vietnamese letters outside document numbers (22/NQ-TU, 42/2022/NĐ-CP). */
const isEnglishText = (text: string | null | undefined) =>
  typeof text === "string" && text.trim() !== "" && !VIETNAMESE.test(text.replace(/\S*\/\S*/g, ""));

async function englishTexts(client: DbClient) {
  const [indicatorRows, sourceRows, factRows, dtiRows] = await Promise.all([
    client.indicator.findMany({ select: { code: true, definitionVi: true, definitionEn: true, updatedAt: true }, orderBy: { code: "asc" } }),
    client.source.findMany({ select: { key: true, title: true, titleEn: true, publisher: true, publisherEn: true, updatedAt: true }, orderBy: { key: "asc" } }),
    client.provinceFact.findMany({ select: { key: true, textVi: true, textEn: true, updatedAt: true, province: { select: { slug: true } } }, orderBy: { id: "asc" } }),
    client.dtiResult.findMany({ select: { year: true, noteVi: true, noteEn: true, updatedAt: true, province: { select: { slug: true } } }, orderBy: { id: "asc" } }),
  ]);
  return { indicators: indicatorRows, sources: sourceRows, facts: factRows, dti: dtiRows };
}

const dtiKey = (r: { year: number; province: { slug: string } }) => `${r.province.slug}/${r.year}`;

describe("English texts of a freshly seeded database", () => {
  it("gives every definition, source title, publisher, fact text and DTI note an English version, from the seed data", async () => {
    const { indicators: indicatorRows, sources: sourceRows, facts: factRows, dti: dtiRows } = await englishTexts(sharedDb);

    expect(await sharedDb.indicator.count({ where: { definitionVi: { not: null }, definitionEn: null } })).toBe(0);
    expect(await sharedDb.source.count({ where: { titleEn: null } })).toBe(0);
    expect(await sharedDb.source.count({ where: { publisher: { not: null }, OR: [{ publisherEn: null }, { publisherEn: "" }] } })).toBe(0);
    expect(await sharedDb.provinceFact.count({ where: { textVi: { not: null }, textEn: null } })).toBe(0);
    expect(await sharedDb.dtiResult.count({ where: { noteVi: { not: null }, OR: [{ noteEn: null }, { noteEn: "" }] } })).toBe(0);

    const byCode = new Map(indicatorRows.map((r) => [r.code, r]));
    expect(definitions.length).toBe(35);
    for (const i of definitions) expect(byCode.get(i.code), i.code).toMatchObject(laterDefinition(i));

    expect(sourceRows).toHaveLength(titleEnOf.size);
    for (const s of sourceRows) {
      expect(s.titleEn, s.key).toBe(titleEnOf.get(s.key));
      expect(s.titleEn!.trim(), s.key).not.toBe("");
    }

    expect(publisherOf.size).toBe(53);
    for (const s of sourceRows) {
      const seeded = publisherOf.get(s.key);
      expect({ publisher: s.publisher, publisherEn: s.publisherEn }, s.key).toEqual(seeded ?? { publisher: null, publisherEn: null });
    }

    expect(texts.length).toBe(4);
    for (const f of texts) {
      expect(factRows.find((r) => r.province.slug === f.province && r.key === f.key), `${f.province}/${f.key}`).toMatchObject({ textVi: f.textVi, textEn: f.textEn });
    }

    // 18 notes in the seed data; step 0002's Hậu Giang 2020 note replaces step 0001's.
    expect(seededDti.filter((d) => d.noteVi !== undefined)).toHaveLength(18);
    expect(noteOf.size).toBe(17);
    for (const r of dtiRows) expect({ noteVi: r.noteVi, noteEn: r.noteEn }, dtiKey(r)).toEqual(noteOf.get(dtiKey(r)) ?? { noteVi: null, noteEn: null });
  });

  it("writes publishers and DTI notes in English, not copied from the Vietnamese", () => {
    for (const { publisher, publisherEn } of publisherOf.values()) {
      expect(isEnglishText(publisherEn), `${publisher} → ${publisherEn}`).toBe(true);
      if (VIETNAMESE.test(publisher)) expect(publisherEn, publisher).not.toBe(publisher);
    }
    for (const d of seededDti) {
      if (d.noteVi === undefined) continue;
      expect(isEnglishText(d.noteEn), `${d.province}/${d.year}: ${d.noteEn}`).toBe(true);
      expect(d.noteEn, `${d.province}/${d.year}`).not.toBe(d.noteVi);
    }
  });

  it("names every unit, pillar and indicator in English", async () => {
    const rows = [
      ...(await sharedDb.province.findMany({ select: { slug: true, nameVi: true, nameEn: true } })).map((r) => ({ what: r.slug, ...r })),
      ...(await sharedDb.pillar.findMany({ select: { code: true, nameVi: true, nameEn: true } })).map((r) => ({ what: r.code, ...r })),
      ...(await sharedDb.indicator.findMany({ select: { code: true, nameVi: true, nameEn: true } })).map((r) => ({ what: r.code, ...r })),
    ];
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(isEnglishName(r.nameEn, r.nameVi), `${r.what}: ${r.nameEn}`).toBe(true);
  });
});

describe("steps 0003 and 0004 on a database seeded before the English fields", () => {
  let fresh: Awaited<ReturnType<typeof emptyDatabase>>;
  let db: DbClient;

  beforeAll(async () => {
    fresh = await emptyDatabase("seed_english");
    execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: fresh.url, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" });
    db = createDbClient(fresh.url);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await fresh?.drop();
  });

  it("fills the English texts that are empty, keeps what people typed or changed, and then changes nothing", async () => {
    // Steps 0001 and 0002, recorded as applied.
    for (const [key, run] of [["0001-articles", seedArticles], ["0002-history", seedHistory]] as const) {
      await db.$transaction(async (tx) => {
        await run(tx, emptyCounts());
        await tx.seedStep.create({ data: { key } });
      }, { timeout: 120_000 });
    }
    // The writers of steps 0001 and 0002 now write the English texts with the records...
    expect(await db.indicator.count({ where: { definitionVi: { not: null }, definitionEn: null } })).toBe(0);
    expect(await db.source.count({ where: { titleEn: null } })).toBe(0);
    expect(await db.provinceFact.count({ where: { textVi: { not: null }, textEn: null } })).toBe(0);
    expect(await db.source.count({ where: { publisher: { not: null }, publisherEn: null } })).toBe(0);
    expect(await db.dtiResult.count({ where: { noteVi: { not: null }, noteEn: null } })).toBe(0);
    // ...which the released steps did not.
    await db.indicator.updateMany({ data: { definitionEn: null } });
    await db.source.updateMany({ data: { titleEn: null, publisherEn: null } });
    await db.provinceFact.updateMany({ data: { textEn: null } });
    await db.dtiResult.updateMany({ data: { noteEn: null } });

    // Since then, people typed English texts of their own, and changed some Vietnamese ones.
    await db.indicator.update({ where: { code: "GOV_L3_SERVICES" }, data: { definitionEn: "Typed by an administrator." } });
    await db.indicator.update({ where: { code: "GOV_PARTIAL_SERVICES" }, data: { definitionVi: "Định nghĩa do quản trị viên sửa." } });
    await db.source.update({ where: { key: "decision-411-qd-ttg-2022" }, data: { titleEn: "Decision 411 (the administrator's wording)" } });
    await db.source.update({ where: { key: "dti-gov-vn-2021" }, data: { title: "Bảng xếp hạng DTI 2021 (tiêu đề do quản trị viên sửa)" } });
    const hauGiang = await db.province.findUniqueOrThrow({ where: { slug: "hau-giang" }, select: { id: true } });
    await db.provinceFact.update({ where: { provinceId_key: { provinceId: hauGiang.id, key: "mobile_coverage" } }, data: { textVi: "Nội dung do quản trị viên sửa." } });
    await db.source.update({ where: { key: "resolution-202-2025-qh15" }, data: { titleEn: "", publisherEn: " " } });
    await db.source.update({ where: { key: "dti-gov-vn-2022" }, data: { publisherEn: "MIC (the administrator's wording)" } });
    await db.source.update({ where: { key: "baobinhduong-dti-2022" }, data: { publisher: "Báo Bình Dương điện tử" } });
    const dtiRow = async (slug: string, year: number) =>
      (await db.dtiResult.findFirstOrThrow({ where: { province: { slug }, year }, select: { id: true } })).id;
    await db.dtiResult.update({ where: { id: await dtiRow("da-nang", 2022) }, data: { noteEn: "Typed by an administrator." } });
    await db.dtiResult.update({ where: { id: await dtiRow("thanh-hoa", 2022) }, data: { noteVi: "Ghi chú do quản trị viên sửa." } });

    const first = await seedDatabase(db);
    expect(first.applied.map((s) => s.key)).toEqual(["0003-english", "0004-corrections", "0005-meaning"]);
    expect(first.applied[0]).toMatchObject({
      created: 0,
      kept: 9,
      replaced: definitions.length - 2 + titleEnOf.size - 2 + publisherOf.size - 2 + texts.length - 1 + noteOf.size - 2,
    });
    expect((await db.seedStep.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((s) => s.key)).toEqual(seedSteps.map((s) => s.key));

    const after = await englishTexts(db);
    const indicator = (code: string) => after.indicators.find((r) => r.code === code)!;
    const source = (key: string) => after.sources.find((r) => r.key === key)!;
    for (const i of definitions) {
      if (i.code === "GOV_L3_SERVICES") expect(indicator(i.code).definitionEn).toBe("Typed by an administrator.");
      else if (i.code === "GOV_PARTIAL_SERVICES") expect(indicator(i.code).definitionEn).toBeNull();
      else expect(indicator(i.code).definitionEn, i.code).toBe(laterDefinition(i).definitionEn);
    }
    for (const [key, titleEn] of titleEnOf) {
      if (key === "decision-411-qd-ttg-2022") expect(source(key).titleEn).toBe("Decision 411 (the administrator's wording)");
      else if (key === "dti-gov-vn-2021") expect(source(key).titleEn).toBeNull();
      else expect(source(key).titleEn, key).toBe(titleEn);
    }
    // Step 0002 re-cited the Hậu Giang portal: its English title is the article's.
    expect(source(HG_PORTAL)).toMatchObject({ title: HG_PORTAL_ARTICLE.title, titleEn: HG_PORTAL_ARTICLE.titleEn });
    for (const f of texts) {
      const row = after.facts.find((r) => r.province.slug === f.province && r.key === f.key)!;
      expect(row.textEn, `${f.province}/${f.key}`).toBe(f.key === "mobile_coverage" ? null : f.textEn);
    }
    for (const [key, { publisherEn }] of publisherOf) {
      if (key === "dti-gov-vn-2022") expect(source(key).publisherEn).toBe("MIC (the administrator's wording)");
      else if (key === "baobinhduong-dti-2022") expect(source(key).publisherEn).toBeNull();
      else expect(source(key).publisherEn, key).toBe(publisherEn);
    }
    expect(after.sources.filter((r) => !publisherOf.has(r.key)).every((r) => r.publisher === null && r.publisherEn === null)).toBe(true);
    const dti = (key: string) => after.dti.find((r) => dtiKey(r) === key)!;
    for (const [key, { noteEn }] of noteOf) {
      if (key === "da-nang/2022") expect(dti(key).noteEn).toBe("Typed by an administrator.");
      else if (key === "thanh-hoa/2022") expect(dti(key).noteEn).toBeNull();
      else expect(dti(key).noteEn, key).toBe(noteEn);
    }
    expect(after.dti.filter((r) => !noteOf.has(dtiKey(r))).every((r) => r.noteVi === null && r.noteEn === null)).toBe(true);

    const second = await seedDatabase(db);
    expect(second.applied).toEqual([]);
    expect(await englishTexts(db)).toEqual(after);
  });

  it("step 0004 corrects the seed's earlier English wording, and leaves a person's wording alone", async () => {
    const nameOf = async (code: string) => (await db.indicator.findUniqueOrThrow({ where: { code }, select: { nameEn: true } })).nameEn;
    const [first] = corrections;
    expect(first).toBeDefined();
    const { indicator, was, now } = first!;
    // The catalogue a fresh seed writes holds the corrected wording.
    expect((indicators as readonly IndicatorSeed[]).find((i) => i.code === indicator)?.nameEn).toBe(now);

    const run = async () => {
      const counts = emptyCounts();
      await db.$transaction((tx) => seedCorrections(tx, counts));
      return counts;
    };
    await db.indicator.update({ where: { code: indicator }, data: { nameEn: was } });
    expect(await run()).toMatchObject({ replaced: corrections.length, kept: 0 });
    expect(await nameOf(indicator)).toBe(now);
    expect(await run()).toMatchObject({ replaced: 0, kept: 0 });

    await db.indicator.update({ where: { code: indicator }, data: { nameEn: "An administrator's name" } });
    expect(await run()).toMatchObject({ replaced: 0, kept: 1 });
    expect(await nameOf(indicator)).toBe("An administrator's name");
  });
});
