import { expect, test, type Browser, type Page } from "@playwright/test";
import { count, provinceId, query } from "./support-db";
import { cellUnder, definitionOf, expectAccessible, indicatorCard, latestFigure, rowHeaded } from "./support";

// One quarter's report goes the whole way: staff enters and submits, the
// official returns it, staff fixes it, the official approves and publishes,
// and only then does the public see the figure.
// Each journey is several people working in turn: more time than a single page check.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const REPORT = "/work/reports/an-giang/2024-Q3";
const as = async (browser: Browser, role: string): Promise<Page> =>
  (await browser.newContext({ storageState: `tests/e2e/.auth/${role}.json` })).newPage();
/** The report's status, as the page names it. */
const reportStatus = (page: Page) => definitionOf(page, "Tình trạng");
const SMARTPHONE = "Tỷ lệ dân số trưởng thành có điện thoại thông minh";
const PAYMENT_ACCOUNT = "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác";
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The report sheet's row of an indicator: its row header opens with the indicator's name (its history follows). */
const sheetRow = (page: Page, name: string) => rowHeaded(page.getByRole("table"), new RegExp(`^${escape(name)}`));
/** A figure of the report sheet: the indicator's row, in the column of the report's period. */
const sheetCell = async (page: Page, pillar: string, name: string, column: string) => {
  const table = page.getByRole("table", { name: pillar, exact: true });
  return cellUnder(table, rowHeaded(table, new RegExp(`^${escape(name)}`)), column);
};
/** The rows of the report sheet, every pillar's table. */
const sheetRows = (page: Page) => page.getByRole("table").locator("tbody").getByRole("row");
/** The entry form's group for one indicator, named by its legend (the indicator's name, "— không bắt buộc" after an optional one). */
const entry = (page: Page, name: string) => page.getByRole("group", { name: new RegExp(`^${escape(name)}( — .*)?$`) });
const field = (page: Page, name: string, label: string) => entry(page, name).getByLabel(label, { exact: true });

async function expectPublicDoesNotShow(page: Page, text: string) {
  for (const path of ["/", "/provinces/an-giang", "/compare?p=an-giang&p=hau-giang&pillar=SOC"]) {
    const response = await page.request.get(path);
    expect(await response.text(), `${path} must not contain ${text}`).not.toContain(text);
  }
  expect(await (await page.request.get("/data/observations.csv")).text()).not.toContain(text.replace(",", "."));
}

test("staff enters and submits; the official returns; staff fixes; the official approves and publishes", async ({ browser, page }) => {
  const staff = await as(browser, "staff-an-giang");
  await staff.goto(REPORT);
  await expect(reportStatus(staff)).toHaveText("Chưa bắt đầu");

  // Bad input: a message at the field, and nothing stored.
  const socCounter = staff.getByRole("navigation", { name: "Các trụ cột" }).locator('[data-pillar="SOC"]');
  const empty = await socCounter.innerText();
  await field(staff, SMARTPHONE, "Giá trị").fill("bảy mươi");
  await field(staff, SMARTPHONE, "Nguồn").fill("Báo cáo quý 3/2024 của Sở Thông tin và Truyền thông");
  await field(staff, PAYMENT_ACCOUNT, "Giá trị").fill("120");
  await field(staff, PAYMENT_ACCOUNT, "Nguồn").fill("Ngân hàng Nhà nước chi nhánh tỉnh");
  // A value the form refuses is not counted as filled in.
  await expect(socCounter).toHaveText(empty);
  await staff.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(entry(staff, SMARTPHONE)).toContainText("Giá trị không phải là số hợp lệ");
  await expect(entry(staff, PAYMENT_ACCOUNT)).toContainText("Tỷ lệ phải nằm trong khoảng 0–100%.");
  await expect(field(staff, SMARTPHONE, "Giá trị")).toHaveAttribute("aria-invalid", "true");
  const anGiang = await provinceId("an-giang");
  expect(await count('SELECT count(*) AS n FROM "Report" WHERE "provinceId" = ? AND period = ?', anGiang, "2024-Q3")).toBe(0);

  // A Vietnamese decimal comma is fine; a source is required with a value.
  const before = await socCounter.innerText();
  await field(staff, SMARTPHONE, "Giá trị").fill("71,5");
  // The form says what will be stored, and counts the pillar's figures as they are typed.
  await expect(entry(staff, SMARTPHONE).getByText("Sẽ lưu: 71,5%", { exact: true })).toBeVisible();
  await expect(field(staff, SMARTPHONE, "Giá trị")).toHaveAccessibleDescription(/^Sẽ lưu: 71,5%(\s|$)/);
  await field(staff, PAYMENT_ACCOUNT, "Giá trị").fill("");
  await field(staff, PAYMENT_ACCOUNT, "Nguồn").fill("");
  await expect(socCounter).not.toHaveText(before);
  await staff.getByLabel("Ghi chú khi nộp chưa đủ chỉ tiêu").fill("Các chỉ tiêu khác chưa có số liệu quý 3.");
  // Submitting asks first, naming how many required figures are missing.
  await staff.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(staff.getByRole("alertdialog")).toContainText(/Còn \d+ chỉ tiêu bắt buộc chưa có số liệu/);
  await staff.getByRole("button", { name: "Xác nhận nộp" }).click();
  await expect(reportStatus(staff)).toHaveText("Đã nộp, chờ duyệt");
  // The UI offers staff no review buttons, and a submitted report no form.
  await expect(staff.getByRole("button", { name: "Duyệt" })).toHaveCount(0);
  await expect(staff.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expectAccessible(staff);

  // Submitted but not published: the public sees nothing of it.
  await expectPublicDoesNotShow(page, "71,5");

  const official = await as(browser, "official-an-giang");
  await official.goto("/work");
  // The official's to-do list holds the report to review, and opens it.
  await expect(official.getByRole("region", { name: "Việc cần làm" }).locator('li[data-report="an-giang/2024-Q3"][data-todo="SUBMITTED"]')).toBeVisible();
  await official.goto(REPORT);
  // The staff's reason for the missing figures is in front of the official.
  await expect(official.getByRole("note").filter({ hasText: "Ghi chú khi nộp chưa đủ chỉ tiêu" })).toContainText("Các chỉ tiêu khác chưa có số liệu quý 3.");
  // Officials review; they do not enter figures.
  await expect(official.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(await sheetCell(official, "Xã hội số", SMARTPHONE, "Quý 3/2024")).toHaveText("71,5%");
  // Counts and filters: the figures entered, those flagged, the required ones missing.
  const filters = official.getByRole("navigation", { name: "Lọc số liệu" });
  await expect(filters.locator('[data-filter="entered"] strong')).toHaveText("1");
  await filters.locator('[data-filter="entered"]').click();
  await expect(official).toHaveURL(/\?show=entered$/);
  await expect(sheetRows(official)).toHaveCount(1);
  await expect(sheetRow(official, SMARTPHONE)).toBeVisible();
  const missing = Number(await filters.locator('[data-filter="missing"] strong').innerText());
  expect(missing).toBeGreaterThan(0);
  await filters.locator('[data-filter="missing"]').click();
  await expect(sheetRows(official)).toHaveCount(missing);
  await expect(sheetRow(official, SMARTPHONE)).toHaveCount(0);
  await filters.locator('[data-filter="all"]').click();
  await official.getByRole("button", { name: "Trả lại" }).click();
  await expect(official.getByText("Vui lòng ghi lý do.")).toBeVisible();
  await official.getByLabel("Lý do / nhận xét").fill("Số liệu điện thoại thông minh cần đối chiếu với Cục Thống kê.");
  await official.getByRole("button", { name: "Trả lại" }).click();
  await expect(reportStatus(official)).toHaveText("Bị trả lại");

  // Staff find the returned report at the top of their to-do list, with the official's reason.
  await staff.goto("/work");
  const returned = staff.getByRole("region", { name: "Việc cần làm" }).locator('li[data-report="an-giang/2024-Q3"]');
  await expect(returned).toHaveAttribute("data-todo", "RETURNED");
  await expect(returned).toContainText("Lý do trả lại: Số liệu điện thoại thông minh cần đối chiếu với Cục Thống kê.");
  await returned.getByRole("link").click();
  await expect(staff).toHaveURL(new RegExp(`${REPORT}$`));
  await expect(staff.getByRole("note").filter({ hasText: "Nhận xét của lãnh đạo:" })).toContainText("đối chiếu với Cục Thống kê");
  await field(staff, SMARTPHONE, "Giá trị").fill("72,4");
  // The reason given with the first submission is kept: nobody types it again after a return.
  await expect(staff.getByLabel("Ghi chú khi nộp chưa đủ chỉ tiêu")).toHaveValue("Các chỉ tiêu khác chưa có số liệu quý 3.");
  await staff.getByRole("button", { name: "Nộp báo cáo" }).click();
  // The dialog leads to the note box, far up the form.
  await staff.getByRole("alertdialog").getByRole("link", { name: "Ghi lý do" }).click();
  await expect(staff.getByLabel("Ghi chú khi nộp chưa đủ chỉ tiêu")).toBeFocused();
  await staff.getByRole("button", { name: "Xác nhận nộp" }).click();
  await expect(reportStatus(staff)).toHaveText("Đã nộp, chờ duyệt");

  await official.goto(REPORT);
  await official.getByRole("button", { name: "Duyệt" }).click();
  await expect(reportStatus(official)).toHaveText("Đã duyệt");
  await expectPublicDoesNotShow(page, "72,4");
  // Public pages are kept for the crowd: the next reader is answered from the server's cache
  // (asked until kept: a copy kept earlier may just have grown too old, and is then made again).
  const cacheOf = async (path: string) => (await page.request.get(path)).headers()["x-dti-cache"];
  await expect.poll(() => cacheOf("/provinces/an-giang")).toBe("hit");
  expect((await page.request.get("/provinces/an-giang")).headers()["cache-control"]).toContain("s-maxage=");

  // Approved is locked: staff get no form.
  await staff.goto(REPORT);
  await expect(staff.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);

  await official.goto(REPORT);
  // Publishing asks first, saying how many figures become public and where.
  await official.getByRole("button", { name: "Công bố" }).click();
  const figures = await count('SELECT count(*) AS n FROM "Observation" WHERE "provinceId" = ? AND period = ?', anGiang, "2024-Q3");
  await expect(official.getByRole("alertdialog")).toContainText(`${figures} số liệu của An Giang`);
  await official.getByRole("button", { name: "Xác nhận công bố" }).click();
  await expect(reportStatus(official)).toHaveText("Đã công bố");

  // Published: the public sees it at once, on the scorecard and in the comparison, whatever was kept before.
  const fresh = await page.request.get("/provinces/an-giang");
  expect(fresh.headers()["x-dti-cache"]).toBe("miss");
  expect(await fresh.text()).toContain("72,4%");
  expect(await (await page.request.get("/data/observations.csv")).text()).toContain("72.4");
  await page.goto("/provinces/an-giang");
  const smartphone = indicatorCard(page, SMARTPHONE);
  await expect(latestFigure(smartphone)).toHaveText("72,4%");
  await expect(smartphone).toContainText("Quý 3/2024");
  await page.goto("/compare?p=an-giang&p=hau-giang&pillar=SOC");
  await expect(rowHeaded(page.getByRole("table", { name: /số liệu mới nhất của từng tỉnh và mục tiêu 2025$/ }), SMARTPHONE).locator('td[data-province="an-giang"]')).toContainText("72,4%");

  // Every step is in the figure's history.
  await official.goto(REPORT);
  const history = sheetRow(official, SMARTPHONE).locator("details");
  await history.locator("summary").click();
  await expect(history).toContainText("71,5% → 72,4%");
  const actions = (
    await query<{ action: string }>(
      'SELECT a.action FROM "AuditEvent" a JOIN "Report" r ON r.id = a."reportId" WHERE r."provinceId" = ? AND r.period = ? AND a."indicatorId" IS NULL ORDER BY a.id',
      anGiang,
      "2024-Q3",
    )
  ).map((e) => e.action);
  expect(actions).toEqual(["report.create", "report.submit", "report.return", "report.submit", "report.approve", "report.publish"]);

  // Unpublished: gone from every public page and the open data at once, kept copies included.
  await expect.poll(() => cacheOf("/provinces/an-giang")).toBe("hit");
  await official.goto(REPORT);
  await official.getByLabel("Lý do / nhận xét").fill("Cần đối chiếu lại với Cục Thống kê trước khi công bố.");
  await official.getByRole("button", { name: "Thu hồi công bố" }).click();
  await expect(reportStatus(official)).toHaveText("Đã duyệt");
  await expectPublicDoesNotShow(page, "72,4");
});

test("a forged request for another province is refused, logged, and stores nothing", async ({ browser }) => {
  const staff = await as(browser, "staff-an-giang");
  const hauGiang = await provinceId("hau-giang");
  await staff.goto("/work/reports/hau-giang/2025-Q1");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");

  // An Giang merged away on 2025-07-01: no figures for its later quarters.
  await staff.goto("/work/reports/an-giang/2025-Q3");
  await expect(staff.getByRole("note").filter({ hasText: "sáp nhập từ 01/7/2025" })).toContainText("sáp nhập từ 01/7/2025");
  await expect(staff.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);

  // The may counter-test: their own province's form is there…
  await staff.goto("/work/reports/an-giang/2025-Q1");
  await field(staff, SMARTPHONE, "Giá trị").fill("70");
  await field(staff, SMARTPHONE, "Nguồn").fill("Giả mạo");
  // …and a forged province id in it is refused by the server.
  await staff.locator('input[name="provinceId"]').evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), hauGiang);
  const deniedCount = () => count(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'access.denied'`);
  const denied = await deniedCount();
  await staff.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(staff.getByText("Bạn không có quyền thực hiện thao tác này.")).toBeVisible();
  expect(await count('SELECT count(*) AS n FROM "Report" WHERE "provinceId" = ? AND period = ?', hauGiang, "2025-Q1")).toBe(0);
  expect(await deniedCount()).toBe(denied + 1);
});

test("the working area needs a sign-in; a wrong password is refused", async ({ page }) => {
  await page.goto("/work");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fwork|\/sign-in\?next=\/work/);
  await page.getByLabel("Email").fill("canbo.angiang@dti.example");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau-123");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("Email hoặc mật khẩu không đúng.");
  await expectAccessible(page);
});

test("a draft saved again is answered with what it stored, not the whole page; without the script the form still saves", async ({ browser }) => {
  const report = "/work/reports/hau-giang/2024-Q4";
  const staff = await as(browser, "staff-hau-giang");
  await staff.goto(report);
  const status = reportStatus(staff);
  await expect(status).toHaveText("Chưa bắt đầu");
  const smartphone = staff.getByRole("group", { name: "Tỷ lệ dân số trưởng thành có điện thoại thông minh", exact: true });
  const saved = staff.getByRole("status").filter({ hasText: "Đã lưu bản nháp." });

  // The first save begins the report, whose status the page then shows: it loads the page again.
  await smartphone.getByLabel("Giá trị", { exact: true }).fill("60");
  await smartphone.getByLabel("Nguồn", { exact: true }).fill("Báo cáo quý 4/2024 của Sở");
  await staff.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(staff).toHaveURL(/\?saved=1$/);
  await expect(status).toHaveText("Bản nháp");
  await expect(saved).toBeVisible();

  // The next save is answered with the figures as stored, a fraction of the page, and none of the page's own content.
  const page = await staff.request.get(report);
  const heading = await staff.getByRole("heading", { level: 1 }).innerText();
  await smartphone.getByLabel("Giá trị", { exact: true }).fill("61");
  // Read on its way to the page: the browser keeps no copy of a streamed answer to hand back afterwards.
  const answers: Array<{ body: string; headers: Record<string, string> }> = [];
  await staff.route(`**${report}*`, async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    const response = await route.fetch({ maxRedirects: 0 });
    const body = await response.body();
    answers.push({ body: body.toString(), headers: response.headers() });
    await route.fulfill({ response, body });
  });
  await staff.getByRole("button", { name: "Lưu nháp" }).click();
  await expect.poll(() => answers.length).toBe(1);
  const { body, headers } = answers[0]!;
  expect(headers["x-action-redirect"]).toBeUndefined();
  expect(headers["x-action-revalidated"]).toBeUndefined();
  expect(body).not.toContain(heading);
  expect(body.length).toBeLessThan((await page.body()).length / 8);
  await expect(saved).toBeVisible();
  await smartphone.getByText("Lịch sử thay đổi").click();
  await expect(smartphone.getByRole("listitem").first()).toContainText("60% → 61%");

  // It carried the figure's new version: the save after it goes through, and the figure is stored.
  await smartphone.getByLabel("Giá trị", { exact: true }).fill("62");
  await staff.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(smartphone.getByRole("listitem").first()).toContainText("61% → 62%");
  await expect(staff.getByText(/có người khác vừa cập nhật/)).toHaveCount(0);
  await staff.reload();
  await expect(smartphone.getByLabel("Giá trị", { exact: true })).toHaveValue("62");

  // Before any script runs (here: none at all), the form posts to the page and the page is loaded again.
  const plain = await (await browser.newContext({ storageState: "tests/e2e/.auth/staff-hau-giang.json", javaScriptEnabled: false })).newPage();
  await plain.goto(report);
  const figure = plain.getByRole("group", { name: "Tỷ lệ dân số trưởng thành có điện thoại thông minh", exact: true });
  await figure.getByLabel("Giá trị", { exact: true }).fill("63");
  await plain.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(plain).toHaveURL(/\?saved=1$/);
  await expect(plain.getByRole("status").filter({ hasText: "Đã lưu bản nháp." })).toBeVisible();
  await expect(figure.getByLabel("Giá trị", { exact: true })).toHaveValue("63");
});

test("an admin may open any province's report; signing out ends the session", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/work/reports/hau-giang/2025-Q1");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Hậu Giang — Quý 1/2025");
  await expect(admin.getByRole("button", { name: "Lưu nháp" })).toBeVisible();

  const staff = await as(browser, "staff-hau-giang");
  await staff.goto("/work");
  await expect(staff.getByText("Cán bộ nhập liệu Hậu Giang", { exact: true })).toBeVisible();
  const header = staff.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(header.getByRole("link", { name: "Khu vực làm việc" })).toBeVisible();
  await staff.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(staff).toHaveURL(/\/$/);
  await expect(header.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await staff.goto("/work");
  await expect(staff).toHaveURL(/\/sign-in/);
});

test("staff of the merged An Giang open a new period with the button on the working home, at the address they opened the app", async ({ browser }) => {
  const staff = await as(browser, "staff-an-giang-2025");
  await staff.goto("/work");
  await staff.getByLabel("Kỳ báo cáo").selectOption({ label: "Quý 3/2026" });
  await staff.getByRole("button", { name: "Mở báo cáo" }).click();
  await expect(staff).toHaveURL("/work/reports/an-giang-2025/2026-Q3");
  // The redirect names a path, so the browser stays on the host it was given (a proxy's, or localhost), never the listening 0.0.0.0.
  const answer = await staff.request.get("/work/open?province=an-giang-2025&period=2026-Q3", { maxRedirects: 0 });
  expect(answer.status()).toBe(303);
  expect(answer.headers().location).toBe("/work/reports/an-giang-2025/2026-Q3");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("An Giang (từ 01/7/2025) — Quý 3/2026");
  await expect(staff.getByRole("button", { name: "Lưu nháp" })).toBeVisible();
});

test("every report on the working home opens, whatever its period: quarter, half-year or year", async ({ browser }) => {
  const official = await as(browser, "official-an-giang");
  await official.goto("/work");
  const links = await official.locator("tr[data-report] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(links).toContain("/work/reports/an-giang/2022");
  expect(links).toContain("/work/reports/an-giang/2023-Q2");
  for (const href of links) expect((await official.request.get(href)).status(), href).toBe(200);

  // The 2022 year report holds the article's figures, published.
  await official.goto("/work/reports/an-giang/2022");
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("An Giang (đến 30/6/2025) — Năm 2022");
  await expect(reportStatus(official)).toHaveText("Đã công bố");
  await expect(await sheetCell(official, "Xã hội số", SMARTPHONE, "Năm 2022")).toHaveText("66,2%");

  // A unit merged away on 01/7/2025 cannot report the whole year 2025; its first half it can.
  const staff = await as(browser, "staff-an-giang");
  await staff.goto("/work/reports/an-giang/2025");
  await expect(staff.getByRole("note").filter({ hasText: "sáp nhập từ 01/7/2025" })).toContainText("sáp nhập từ 01/7/2025");
  await staff.goto("/work/reports/an-giang/2025-H1");
  await expect(staff.getByRole("button", { name: "Lưu nháp" })).toBeVisible();
});

test("an admin makes a staff account for the merged An Giang, which imports its year 2025 from a spreadsheet; once published, the old An Giang's 2025 target is judged on it", async ({ browser, page }) => {
  // The admin creates the account; the set-password link is shown once.
  const admin = await as(browser, "admin");
  await admin.goto("/work");
  await admin.getByRole("link", { name: "Quản trị" }).click();
  await admin.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Người dùng" }).click();
  // A new account is offered today's units only, unless the admin asks for the others.
  const unitChoice = admin.getByLabel("Đơn vị", { exact: true });
  await expect(unitChoice.locator("option", { hasText: "An Giang (đến 30/6/2025)" })).toHaveCount(0);
  await admin.getByRole("link", { name: "Cho chọn cả đơn vị đã sáp nhập, giải thể" }).click();
  await expect(unitChoice.locator("option", { hasText: "An Giang (đến 30/6/2025)" })).toHaveCount(1);
  await admin.getByRole("link", { name: "Chỉ cho chọn đơn vị hiện có" }).click();
  await admin.getByLabel("Email").fill("canbo.moi@angiang.example");
  await admin.getByLabel("Họ tên").fill("Trần Thị Mới");
  await unitChoice.selectOption({ label: "An Giang (từ 01/7/2025)" });
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  const link = await admin.getByRole("textbox", { name: "Liên kết đặt mật khẩu" }).inputValue();
  expect(link).toMatch(/\/set-password\?token=\d+\./);
  await expect(admin.getByRole("table", { name: "Người dùng" })).toContainText("canbo.moi@angiang.example");
  await expectAccessible(admin);

  // The new person sets a password with the link and signs in.
  const staff = await (await browser.newContext()).newPage();
  await staff.goto(link);
  await staff.getByLabel("Mật khẩu mới").fill("mat-khau-cua-toi-2026");
  await staff.getByLabel("Nhập lại mật khẩu").fill("mat-khau-cua-toi-2026");
  await staff.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(staff.getByRole("status")).toContainText("Đã đặt mật khẩu");
  await staff.goto("/sign-in");
  await staff.getByLabel("Email").fill("canbo.moi@angiang.example");
  await staff.getByLabel("Mật khẩu").fill("mat-khau-cua-toi-2026");
  await staff.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(staff).toHaveURL(/\/work$/);
  const periods = await staff.locator('select[name="period"] option').allTextContents();
  expect(periods).toContain("Năm 2025");
  expect(periods).toContain("Quý 3/2025");
  expect(periods).not.toContain("Quý 2/2025");

  // The template of the year 2025, filled in with one figure, checked, then stored.
  await staff.getByRole("link", { name: "Nhập từ bảng tính (Excel, CSV)" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Nhập số liệu từ bảng tính");
  const templateLink = staff.getByRole("link", { name: "Tải mẫu CSV (UTF-8)" });
  await expect(async () => {
    await staff.getByLabel("Kỳ báo cáo").selectOption("2025");
    await expect(templateLink).toHaveAttribute("href", /period=2025&format=csv/, { timeout: 1000 });
  }).toPass();
  const template = await (await staff.request.get((await templateLink.getAttribute("href"))!)).text();
  const smartphoneRow = template.split("\r\n").find((line) => line.startsWith("an-giang-2025,SOC_SMARTPHONE,"));
  expect(smartphoneRow).toMatch(/,2025,,,$/);
  const filled = template.replace(smartphoneRow!, smartphoneRow!.replace(/,2025,,,$/, ',2025,"81,2",,'));
  await staff.getByLabel("Tệp số liệu (.xlsx hoặc .csv)").setInputFiles({ name: "an-giang-2025.csv", mimeType: "text/csv", buffer: Buffer.from(filled, "utf8") });
  await staff.getByLabel("Nguồn chung").fill("Báo cáo kết quả chuyển đổi số năm 2025 của tỉnh");
  await staff.getByRole("button", { name: "Kiểm tra (chưa lưu)" }).click();
  await expect(staff.getByRole("list", { name: "Kết quả kiểm tra" })).toContainText("Mới: 1");
  await expect(staff.getByRole("list", { name: "Kết quả kiểm tra" })).toContainText("Lỗi: 0");
  await staff.getByRole("button", { name: "Mới", exact: true }).click();
  await expect(staff.getByRole("table", { name: "Kết quả kiểm tra" }).locator('tr[data-status="new"]')).toContainText(["SOC_SMARTPHONE"]);
  // The dry run names the indicator and the period in words, not only by code.
  await expect(staff.getByRole("table", { name: "Kết quả kiểm tra" }).locator('tr[data-status="new"]')).toContainText(["Tỷ lệ dân số trưởng thành có điện thoại thông minh"]);
  await expect(staff.getByRole("table", { name: "Kết quả kiểm tra" }).locator('tr[data-status="new"]')).toContainText(["Năm 2025"]);
  await expectAccessible(staff);
  await staff.getByRole("button", { name: /^Lưu \d+ số liệu$/ }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Đã lưu 1 số liệu" })).toBeVisible();
  // The link names the period in words.
  await staff.getByRole("link", { name: "Mở báo cáo năm 2025" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("An Giang (từ 01/7/2025) — Năm 2025");
  await expect(field(staff, SMARTPHONE, "Giá trị")).toHaveValue("81,2");
  await staff.getByLabel("Ghi chú khi nộp chưa đủ chỉ tiêu").fill("Các chỉ tiêu khác đang tổng hợp.");
  await staff.getByRole("button", { name: "Nộp báo cáo" }).click();
  await staff.getByRole("button", { name: "Xác nhận nộp" }).click();
  await expect(reportStatus(staff)).toHaveText("Đã nộp, chờ duyệt");

  const official = await as(browser, "official-an-giang-2025");
  await official.goto("/work/reports/an-giang-2025/2025");
  await official.getByRole("button", { name: "Duyệt" }).click();
  await expect(reportStatus(official)).toHaveText("Đã duyệt");
  await official.getByRole("button", { name: "Công bố" }).click();
  await official.getByRole("button", { name: "Xác nhận công bố" }).click();
  await expect(reportStatus(official)).toHaveText("Đã công bố");

  // The old An Giang set "≥ 80 %" for 2025 and was merged away mid-year: its verdict rests on the new province's 2025 figure, which says so.
  await page.goto("/provinces/an-giang");
  const smartphone = indicatorCard(page, SMARTPHONE);
  await expect(smartphone).toContainText("Đã đạt mục tiêu");
  await expect(smartphone.getByRole("note").filter({ hasText: "Đánh giá theo số liệu của tỉnh sau sáp nhập" })).toContainText("số liệu của tỉnh sau sáp nhập — An Giang (từ 01/7/2025): 81,2% (năm 2025)");
  await page.goto("/indicators/SOC_SMARTPHONE?p=an-giang");
  await expect(page.getByRole("article", { name: /^An Giang \(đến 30\/6\/2025\)/ }).getByRole("note").filter({ hasText: "Đánh giá theo số liệu của tỉnh sau sáp nhập" })).toContainText("81,2%");

  // Locking the account ends the person's session at once: their next request is asked to sign in.
  await admin.getByRole("link", { name: "Trần Thị Mới" }).click();
  await expect(admin).toHaveURL(/\/work\/admin\/users\/\d+$/);
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Đã khóa tài khoản" })).toBeVisible();
  // The audit trail says it in words, and names the account.
  await expect(admin.getByRole("region", { name: "Nhật ký thay đổi" }).locator('li[data-action="user.deactivate"]')).toContainText("Khóa tài khoản Trần Thị Mới — Trạng thái: Đang hoạt động → Đã khóa");
  await expect(admin.getByRole("region", { name: "Nhật ký thay đổi" }).locator('li[data-action="user.create"]')).toContainText("Tạo tài khoản Trần Thị Mới");
  await staff.goto("/work");
  await expect(staff).toHaveURL(/\/sign-in/);
});

test("officials see how complete each period's report is; staff do not", async ({ browser }) => {
  const official = await as(browser, "official-an-giang-2025");
  await official.goto("/work");
  await official.getByRole("link", { name: "Mức độ đầy đủ" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Mức độ đầy đủ của báo cáo");
  const q4 = official.getByRole("table", { name: "Số chỉ tiêu đã nhập / yêu cầu theo đơn vị, kỳ và trụ cột" }).locator('tr[data-row="an-giang-2025/2025-Q4"]');
  await expect(q4).toContainText("Đã công bố");
  await expect(q4.locator('td[data-pillar="GOV"]')).toContainText(/^1\/\d+/);
  // The year 2025 reported above: the smartphone figure is there, the yearly indicators are what it asks for.
  const year = official.getByRole("table", { name: "Số chỉ tiêu đã nhập / yêu cầu theo đơn vị, kỳ và trụ cột" }).locator('tr[data-row="an-giang-2025/2025"]');
  await expect(year).toContainText("Đã công bố");
  await expect(official.getByRole("table", { name: "Số chỉ tiêu đã nhập / yêu cầu theo đơn vị, kỳ và trụ cột" }).locator('tr[data-row^="an-giang/"]')).toHaveCount(0);
  await expectAccessible(official);
  const csv = await (await official.request.get("/work/completeness/csv")).text();
  expect(csv).toMatch(/an-giang-2025,An Giang \(từ 01\/7\/2025\),2025-Q4,PUBLISHED,GOV,1,\d+,/);

  const staff = await as(browser, "staff-an-giang-2025");
  expect((await staff.request.get("/work/completeness")).status()).toBe(404);
  expect((await staff.request.get("/work/completeness/csv")).status()).toBe(404);
});

test("what staff type before the page's script has run is kept, and the submit button waits for the script", async ({ browser }) => {
  const staff = await as(browser, "staff-an-giang");
  // The page's scripts are held back (not its styles): the form is server HTML only.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await staff.route((url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"), async (route) => {
    await held;
    await route.continue();
  });
  await staff.goto("/work/reports/an-giang/2025-Q1", { waitUntil: "domcontentloaded" });
  const submit = staff.getByRole("button", { name: "Nộp báo cáo" });
  await expect(submit).toBeDisabled();
  await field(staff, SMARTPHONE, "Giá trị").fill("73,1");
  await field(staff, SMARTPHONE, "Nguồn").fill("Báo cáo quý 1/2025 của Sở");
  await staff.getByLabel("Nguồn chung của báo cáo").fill("Báo cáo quý 1/2025");
  release();
  // Loading and hydrating the held scripts may take a while on a busy machine.
  await expect(submit).toBeEnabled({ timeout: 20_000 });
  // The figure typed early is the form's own: echoed, counted, and not put back by the next render.
  await expect(entry(staff, SMARTPHONE).getByText("Sẽ lưu: 73,1%", { exact: true })).toBeVisible();
  await expect(field(staff, SMARTPHONE, "Giá trị")).toHaveAccessibleDescription(/^Sẽ lưu: 73,1%(\s|$)/);
  await submit.click();
  await expect(staff.getByRole("alertdialog")).toBeVisible();
  await expect(field(staff, SMARTPHONE, "Giá trị")).toHaveValue("73,1");
  await expect(field(staff, SMARTPHONE, "Nguồn")).toHaveValue("Báo cáo quý 1/2025 của Sở");
  await expect(staff.getByLabel("Nguồn chung của báo cáo")).toHaveValue("Báo cáo quý 1/2025");
  await staff.getByRole("button", { name: "Quay lại sửa" }).click();
  await expect(staff.getByRole("alertdialog")).toHaveCount(0);
});

test("each person turns their own deadline reminders off; deadlines and mail are for admins, who are told no mail server is set", async ({ browser }) => {
  const staff = await as(browser, "staff-an-giang-2025");
  await staff.goto("/work");
  // Reports that have come due and were never begun are on the list, with their due date.
  await expect(staff.getByRole("region", { name: "Việc cần làm" }).locator('li[data-todo="NOT_STARTED"][data-due="OVERDUE"]').first()).toContainText(/Quá hạn \d+ ngày \(hạn \d{1,2}\/\d{1,2}\/\d{4}\)/);
  await staff.getByRole("link", { name: "Tài khoản của tôi" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Tài khoản của tôi");
  const reminders = staff.getByLabel("Nhận thư nhắc hạn gửi báo cáo");
  await expect(reminders).toBeChecked();
  await expectAccessible(staff);
  await reminders.uncheck();
  await staff.getByRole("button", { name: "Lưu" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await staff.reload();
  await expect(staff.getByLabel("Nhận thư nhắc hạn gửi báo cáo")).not.toBeChecked();
  await staff.getByLabel("Nhận thư nhắc hạn gửi báo cáo").check();
  await staff.getByRole("button", { name: "Lưu" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await staff.reload();
  await expect(staff.getByLabel("Nhận thư nhắc hạn gửi báo cáo")).toBeChecked();

  const official = await as(browser, "official-an-giang-2025");
  for (const person of [staff, official]) {
    for (const path of ["/work/admin/deadlines", "/work/admin/mail"]) expect((await person.request.get(path)).status(), path).toBe(404);
  }

  const admin = await as(browser, "admin");
  await admin.goto("/work/admin/mail");
  await expect(admin.getByRole("alert").filter({ hasText: "Chưa cấu hình máy chủ thư" })).toContainText("Chưa cấu hình máy chủ thư (SMTP_URL và MAIL_FROM)");
  await admin.goto("/work/admin/deadlines");
  await expect(admin.getByText("Điều 12 Nghị định 09/2019/NĐ-CP")).toBeVisible();
  await admin.getByLabel("Áp dụng cho").selectOption({ label: "An Giang (từ 01/7/2025)" });
  await admin.getByLabel("Hạn gửi (số ngày sau khi kỳ kết thúc)").fill("20");
  await admin.getByRole("button", { name: "Đặt hạn" }).click();
  const own = admin.getByRole("table", { name: "Hạn báo cáo" }).locator('tr[data-rule="An Giang (từ 01/7/2025)/QUARTER"]');
  await expect(own).toContainText("20 ngày sau kỳ");
  // The unit's report pages follow its own rule at once.
  await staff.goto("/work/reports/an-giang-2025/2026-Q3");
  await expect(staff.getByText("Hạn gửi duyệt 20/10/2026")).toBeVisible();
  // A bad value is refused at its field and stores nothing.
  await admin.getByLabel("Ngày chốt số liệu (ngày … của tháng cuối kỳ)").fill("31");
  await admin.getByRole("button", { name: "Đặt hạn" }).click();
  await expect(admin.getByText("Phải là số nguyên từ 1 đến 28.")).toBeVisible();
  admin.once("dialog", (dialog) => dialog.accept());
  await own.getByRole("button", { name: "Bỏ quy định riêng" }).click();
  await expect(own).toHaveCount(0);
  await staff.reload();
  await expect(staff.getByText("Hạn gửi duyệt 15/10/2026")).toBeVisible();
});
