import { expect, test, type Page } from "@playwright/test";
import { indicatorCard, latestFigure } from "./support";

// What every page says, read as served (no script runs), in both languages:
// no box gives two verdicts for one target year, a rank always carries how
// many were ranked, and no change is printed as exact from a figure that is a
// range or stands at a day before its period ends.
const LANGUAGES = ["", "/en"];
const UNITS = ["an-giang", "hau-giang", "an-giang-2025", "can-tho-2025"];

test.use({ javaScriptEnabled: false });

async function load(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  await page.setContent(await response.text(), { waitUntil: "commit" });
}

/**
 * What a verdict is called, in both languages, as lib/i18n/messages.ts and
 * lib/i18n/en.ts word it (a badge shows these words after its icon), with
 * "no data yet" as NO_DATA.
 */
const STATUS_WORDS: Record<string, string> = {
  "Đã đạt mục tiêu": "ACHIEVED",
  "Đúng tiến độ": "ON_TRACK",
  "Cần tăng tốc": "ACCELERATION_NEEDED",
  "Tiến triển hạn chế": "LIMITED_PROGRESS",
  "Đi xuống": "DETERIORATION",
  "Không đạt mục tiêu": "NOT_ACHIEVED",
  "Chưa đánh giá được": "UNABLE_TO_ASSESS",
  "Chưa có số liệu": "NO_DATA",
  "Target achieved": "ACHIEVED",
  "On track": "ON_TRACK",
  "Acceleration needed": "ACCELERATION_NEEDED",
  "Limited progress": "LIMITED_PROGRESS",
  "Deteriorating": "DETERIORATION",
  "Target not achieved": "NOT_ACHIEVED",
  "Not yet assessable": "UNABLE_TO_ASSESS",
  "No data yet": "NO_DATA",
};

/**
 * Per box (an indicator's card, a unit's status on an indicator page), read
 * as a reader reads it: the verdict each badge states (the words after its
 * icon, for the target year of the line it stands on, or of the box's target
 * when it is the box's own), the targets said to have passed to a successor,
 * and what the status sentence says of each target year. Each statement
 * allows one or more statuses (a sentence that asks for a pace says only that
 * the target is not yet reached); statements about one year that no status
 * satisfies are a contradiction, and so is "no data" beside a verdict.
 * `sentences`: every box must state its status in a sentence (indicator pages).
 */
async function contradictions(page: Page, { sentences = false } = {}): Promise<{ problems: string[]; badges: number }> {
  return page.$$eval(
    "article",
    (boxes, [words, sentences]) => {
      const STATUSES = ["ACHIEVED", "ON_TRACK", "ACCELERATION_NEEDED", "LIMITED_PROGRESS", "DETERIORATION", "NOT_ACHIEVED", "UNABLE_TO_ASSESS"];
      // Asked for a pace to a target: not reached, and judged (an unassessable one says why, in brackets).
      const PACE = STATUSES.filter((s) => s !== "ACHIEVED" && s !== "UNABLE_TO_ASSESS");
      const ICONS = ["✓", "↗", "!", "?", "–"];
      const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
      /** One clause of a status sentence: the target year it speaks of and the statuses it allows. */
      const clause = (said: string): [string, string[]] | null => {
        let match = /^(?:đã đạt mục tiêu (\d{4})\.|the (\d{4}) target has been achieved\.)$/i.exec(said);
        if (match) return [match[1] ?? match[2]!, ["ACHIEVED"]];
        match = /^(?:năm (\d{4}) đã qua: đạt mục tiêu \(|(\d{4}) has ended: target achieved \()/i.exec(said);
        if (match) return [match[1] ?? match[2]!, ["ACHIEVED"]];
        match = /^(?:năm (\d{4}) đã qua: không đạt mục tiêu \(|(\d{4}) has ended: target not achieved \()/i.exec(said);
        if (match) return [match[1] ?? match[2]!, ["NOT_ACHIEVED"]];
        match = /^(?:năm (\d{4}) đã qua nhưng chưa có số liệu|(\d{4}) has ended, but there are no figures)/i.exec(said);
        if (match) return [match[1] ?? match[2]!, ["UNABLE_TO_ASSESS"]];
        match = /^(?:cần thêm .+ mỗi quý đến hết năm|không còn quý nào trước hết năm|needs .+ per quarter until the end of|no quarters left before the end of) (\d{4})/i.exec(said);
        if (match) return [match[1]!, /\.\s\([^()]+\)$/.test(said) ? ["UNABLE_TO_ASSESS"] : PACE];
        match = /^(?:chưa đánh giá được|not yet assessable): (.+)\.$/i.exec(said);
        if (match) return ["none", /^(chưa có số liệu|no data yet)$/i.test(match[1]!) ? ["NO_DATA"] : ["UNABLE_TO_ASSESS"]];
        return null;
      };
      let badges = 0;
      const problems = boxes.flatMap((box) => {
        const name = text(box.querySelector("h3")) || "?";
        const said: Array<{ year: string; statuses: string[]; what: string }> = [];
        // The box's own target, as its target line shows it: "Mục tiêu: ≥ 80% (2025, mục tiêu của tỉnh)".
        const targetLine = [...box.querySelectorAll("p")].map(text).find((t) => /^(Mục tiêu|Target):/.test(t));
        const ownYear = /\((\d{4}),/.exec(targetLine ?? "")?.[1] ?? "none";
        // Badges: the words right after a status icon.
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const status = words[node.textContent!.trim()];
          const icon = node.parentElement?.previousElementSibling;
          if (!status || !icon || icon.getAttribute("aria-hidden") !== "true" || !ICONS.includes(text(icon))) continue;
          badges++;
          const line = node.parentElement!.closest("li");
          const lineYear = line && box.contains(line) ? /^(?:Mục tiêu|Target) (\d{4}):/.exec(text(line))?.[1] : undefined;
          said.push({ year: lineYear ?? ownYear, statuses: [status], what: `badge "${node.textContent!.trim()}"` });
        }
        // Targets that passed to the unit that carries this one on.
        for (const line of box.querySelectorAll("li")) {
          const passed = /^(?:Mục tiêu|Target) (\d{4}):.*(?:Mục tiêu năm \d{4} chuyển sang|target passed to)/.exec(text(line));
          if (passed) said.push({ year: passed[1]!, statuses: ["PASSED_ON"], what: "passed on" });
        }
        // The status sentence: its headline, then "Mục tiêu 2030: …" for the next target.
        let sentenceFound = false;
        for (const paragraph of box.querySelectorAll("p")) {
          const parts = text(paragraph).split(/ (?:Mục tiêu|Target) (\d{4}): /);
          const first = clause(parts[0]!);
          if (!first) continue;
          sentenceFound = true;
          said.push({ year: first[0], statuses: first[1], what: `"${parts[0]}"` });
          for (let i = 1; i + 1 < parts.length; i += 2) {
            const next = clause(parts[i + 1]!);
            if (!next || next[0] !== parts[i]) return [`${name}: a sentence this check cannot read: "${text(paragraph)}"`];
            said.push({ year: next[0], statuses: next[1], what: `"${parts[i + 1]}"` });
          }
        }
        const problems: string[] = [];
        if (sentences && !sentenceFound) problems.push(`${name}: no status sentence this check can read`);
        for (const year of new Set(said.map((s) => s.year))) {
          const about = said.filter((s) => s.year === year);
          const agreed = about.reduce((left, s) => left.filter((status) => s.statuses.includes(status)), [...STATUSES, "NO_DATA", "PASSED_ON"]);
          if (agreed.length === 0) problems.push(`${name} ${year}: ${about.map((s) => s.what).join(" and ")}`);
        }
        // A target judged on a figure; one passed on, not assessable or without a figure states no verdict.
        const judged = said.some((s) => s.year !== "none" && s.statuses.some((status) => !["PASSED_ON", "UNABLE_TO_ASSESS", "NO_DATA"].includes(status)));
        if (said.some((s) => s.year === "none" && s.statuses.includes("NO_DATA")) && judged) problems.push(`${name}: "no data" beside a verdict`);
        return problems;
      });
      return { problems, badges };
    },
    [STATUS_WORDS, sentences] as const,
  );
}

test("no status box on any indicator page gives two verdicts for one unit and target year, and every rank shows how many were ranked", async ({ page }) => {
  test.setTimeout(240_000);
  const { data: indicators } = (await (await page.request.get("/api/v1/indicators?per_page=1000")).json()) as { data: Array<{ code: string; unit: string }> };
  expect(indicators.length).toBeGreaterThan(50);
  const query = UNITS.map((u) => `p=${u}`).join("&");
  const problems: string[] = [];
  let badges = 0;
  for (const language of LANGUAGES) {
    for (const { code, unit } of indicators) {
      await load(page, `${language}/indicators/${code}?${query}`);
      const found = await contradictions(page, { sentences: true });
      badges += found.badges;
      problems.push(...found.problems.map((p) => `${language}/indicators/${code}: ${p}`));
      if (unit !== "RANK") continue;
      const ranks = await page.getByRole("table", { name: /: (mọi điểm trên biểu đồ|every point on the chart)$/ }).locator('tr[data-kind="observed"] td:nth-of-type(3)').allTextContents();
      for (const rank of ranks) if (!/^\d+\/\d+$/.test(rank.trim())) problems.push(`${language}/indicators/${code}: rank "${rank}" without how many were ranked`);
    }
  }
  // The check reads the badges it is about.
  expect(badges).toBeGreaterThan(indicators.length);
  expect(problems).toEqual([]);
});

test("no scorecard card gives two verdicts for one target year; a rank on a card shows how many were ranked", async ({ page }) => {
  const { data: indicators } = (await (await page.request.get("/api/v1/indicators?per_page=1000")).json()) as { data: Array<{ code: string; unit: string; name_vi: string; name_en: string }> };
  const ranked = indicators.filter((i) => i.unit === "RANK" || i.code.endsWith("_RANK"));
  expect(ranked.length).toBeGreaterThan(0);
  const problems: string[] = [];
  let badges = 0;
  let rankCards = 0;
  for (const language of LANGUAGES) {
    for (const unit of [...UNITS, "kien-giang", "can-tho", "soc-trang"]) {
      await load(page, `${language}/provinces/${unit}`);
      const found = await contradictions(page);
      badges += found.badges;
      problems.push(...found.problems.map((p) => `${language}/provinces/${unit}: ${p}`));
      for (const indicator of ranked) {
        const card = indicatorCard(page, language ? indicator.name_en : indicator.name_vi);
        rankCards += await card.count();
        for (const rank of await latestFigure(card, language ? "en" : "vi").allTextContents()) {
          if (/\d/.test(rank) && !/\d+\/\d+/.test(rank)) problems.push(`${language}/provinces/${unit}: rank "${rank}" without how many were ranked`);
        }
      }
    }
  }
  expect(badges).toBeGreaterThan(0);
  expect(rankCards).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test("no progress report prints an exact change from a figure that is a range or a to-date figure", async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  let approximateRows = 0;
  for (const language of LANGUAGES) {
    for (const path of ["an-giang/report/2023", "an-giang/report/2025-Q2", "an-giang/report/2025-H1", "hau-giang/report/2023", "an-giang-2025/report/2026-Q1", "an-giang-2025/report/2025"]) {
      await load(page, `${language}/provinces/${path}`);
      // The change is read where a reader reads it: in the column headed so.
      const rows = await page.$$eval(
        "tr[data-figures]",
        (trs, heading) =>
          trs.map((tr) => {
            const column = [...((tr as HTMLTableRowElement).closest("table")?.tHead?.rows[0]?.cells ?? [])].findIndex((th) => th.textContent?.trim() === heading);
            if (column < 0) throw new Error(`no column headed ${heading}`);
            return { code: tr.querySelector("th")?.firstChild?.textContent?.trim() ?? "?", figures: tr.getAttribute("data-figures") ?? "", change: (tr as HTMLTableRowElement).cells[column]?.textContent?.trim() ?? "" };
          }),
        language ? "Change" : "Thay đổi",
      );
      for (const row of rows) {
        const [latest = "", previous = ""] = row.figures.split(" ");
        if (previous === "NONE" || (latest === "EXACT" && previous === "EXACT")) continue;
        approximateRows++;
        const range = [latest, previous].some((f) => !f.startsWith("EXACT"));
        // A change that opens with a signed amount ("−0,77 điểm %", "+441") claims it exactly; one from a to-date figure says so.
        if (range && /^[+−-]?\d/.test(row.change)) problems.push(`${language}/provinces/${path} ${row.code}: "${row.change}" from ${row.figures}`);
        if (!range && !/chưa hết kỳ|to-date/.test(row.change)) problems.push(`${language}/provinces/${path} ${row.code}: "${row.change}" from ${row.figures} does not say a figure is to-date`);
      }
    }
  }
  expect(approximateRows).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
