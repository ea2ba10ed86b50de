import { expect, test } from "@playwright/test";

// What every response carries, and the requests refused before they reach a server action.
test.describe("security", () => {
  test("every page carries a script policy with a fresh nonce, and the other security headers", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of ["/", "/provinces/an-giang", "/sign-in", "/data/observations.csv"]) {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
      expect(scriptSrc, path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("geolocation=()");
      nonces.add(scriptSrc);
      // Every inline script of a page carries the nonce of its response.
      if (headers["content-type"]?.startsWith("text/html")) {
        const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
        const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(scripts.length).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      }
    }
    expect(nonces.size).toBe(4);
  });

  test("every other answer carries the security headers too: static files, icons, the server's own refusals; a path that is not UTF-8 is a 400, not a 500", async ({ request }) => {
    const page = await (await request.get("/")).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(page)![1]!;
    const foreign = { "next-action": "0000000000000000000000000000000000000000", "content-type": "text/plain;charset=UTF-8", origin: "https://evil.example" };
    const answers = {
      script: await request.get(script),
      icon: await request.get("/icon.svg"),
      favicon: await request.get("/favicon.ico"),
      malformed: await request.get("/%C0"),
      malformedData: await request.get("/data/%C0%AE"),
      malformedApi: await request.get("/api/v1/%C0%AE"),
      refusal: await request.post("/sign-in", { headers: foreign, data: "[]" }),
    };
    for (const [name, response] of Object.entries(answers)) {
      const headers = response.headers();
      expect(headers["x-content-type-options"], name).toBe("nosniff");
      expect(headers["x-frame-options"], name).toBe("DENY");
      expect(headers["content-security-policy"] ?? "", name).toContain("frame-ancestors 'none'");
    }
    for (const name of ["malformed", "malformedData", "malformedApi"] as const) expect(answers[name].status(), name).toBe(400);
    expect(answers.refusal.status()).toBe(403);
    // What browsers and crawlers ask for without a link: the icon itself, not a page of error markup.
    expect(answers.favicon.status()).toBe(200);
    expect(answers.favicon.headers()["content-type"]).toBe("image/x-icon");
    expect((await answers.favicon.body()).byteLength).toBeLessThan(4096);
  });

  test("a server-action request from a foreign origin is refused with 403, an oversized one with 413, and the next one goes through", async ({ page, request }) => {
    const action = { "next-action": "0000000000000000000000000000000000000000", "content-type": "text/plain;charset=UTF-8" };
    const foreign = await request.post("/sign-in", { headers: { ...action, origin: "https://evil.example" }, data: "[]" });
    expect(foreign.status()).toBe(403);
    const large = await request.post("/sign-in", { headers: action, data: "x".repeat(1.5 * 1024 * 1024) });
    expect(large.status()).toBe(413);

    // The next action, from anyone, is answered as usual: a wrong password is refused by the form.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("khong-co-tai-khoan@dti.example");
    await page.getByLabel("Mật khẩu").fill("not-the-password-at-all");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("#sign-in-error")).toHaveText("Email hoặc mật khẩu không đúng.");
  });

  test("no page is sent with test hooks in it: the overview, a scorecard, its progress report, the indicator list, an indicator, the comparison, the rankings and a signed-in report sheet", async ({ browser, request }) => {
    const context = await browser.newContext({ storageState: "tests/e2e/.auth/admin.json" });
    const answers = [
      ...(await Promise.all(
        ["/", "/provinces/an-giang", "/provinces/an-giang/report/2025", "/indicators", "/indicators/SOC_SMARTPHONE?p=an-giang&p=hau-giang", "/compare?p=an-giang&p=hau-giang", "/rankings"].map(async (path) => ({ path, answer: await request.get(path) })),
      )),
      ...(await Promise.all(["/work", "/work/reports/an-giang/2024-Q3"].map(async (path) => ({ path: `${path} (signed in)`, answer: await context.request.get(path, { maxRedirects: 0 }) })))),
    ];
    for (const { path, answer } of answers) {
      expect(answer.status(), path).toBe(200);
      const html = await answer.text();
      expect(html, path).not.toMatch(/data-(testid|test|e2e|cy|qa|pw)\b/i);
      // Which indicator a box shows and what it judges are read from its heading and its words, as a reader reads them, not from markers.
      expect(html, path).not.toMatch(/data-(indicator|verdict)\b/i);
    }
    await context.close();
  });

  test("public pages, their prefetches and downloads are one answer for everyone, which a shared cache may keep; nothing of the working side ever is", async ({ browser, request }) => {
    for (const path of ["/", "/provinces/an-giang", "/indicators/SOC_SMARTPHONE", "/compare?p=an-giang&p=hau-giang", "/rankings", "/data/observations.csv"]) {
      expect((await request.get(path)).headers()["cache-control"], path).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    }
    const context = await browser.newContext({ storageState: "tests/e2e/.auth/admin.json" });
    for (const path of ["/sign-in", "/work", "/set-password?token=x"]) {
      expect((await request.get(path, { maxRedirects: 0 })).headers()["cache-control"], path).toContain("private");
      expect((await context.request.get(path, { maxRedirects: 0 })).headers()["cache-control"], path).toContain("private");
    }
    // Signed in, a public page, download or API answer is the one kept for everyone: the app never sees the session on it.
    for (const path of ["/", "/provinces/an-giang", "/provinces/an-giang/report/2025/docx", "/api/v1/units"]) {
      // Asked until kept: a copy kept earlier may just have grown too old, and is then made again.
      await expect.poll(async () => (await request.get(path)).headers()["x-dti-cache"], { message: path }).toBe("hit");
      const response = await context.request.get(path);
      expect(response.headers()["x-dti-cache"], path).toBe("hit");
      expect(response.headers()["cache-control"], path).toMatch(/^public, /);
    }
    // A page is the same for everyone; the browser turns the header's link into the way back to work.
    const page = await context.newPage();
    const prefetches: { url: string; cache: string | undefined }[] = [];
    page.on("response", (response) => {
      if (response.request().headers()["next-router-prefetch"]) prefetches.push({ url: response.url(), cache: response.headers()["x-dti-cache"] });
    });
    await page.goto("/rankings");
    const account = page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Khu vực làm việc" });
    await expect(account).toHaveAttribute("href", "/work");
    // A link's prefetch is kept like the page it fetches: the second reader to reach for it is answered from the kept copy.
    const link = page.getByRole("main").getByRole("link", { name: /^An Giang/ }).first();
    await link.hover();
    await expect.poll(() => prefetches.length).toBeGreaterThan(0);
    const again = await context.newPage();
    const kept: (string | undefined)[] = [];
    again.on("response", (response) => {
      if (response.request().headers()["next-router-prefetch"]) kept.push(response.headers()["x-dti-cache"]);
    });
    await again.goto("/rankings");
    await again.getByRole("main").getByRole("link", { name: /^An Giang/ }).first().hover();
    await expect.poll(() => kept.length).toBeGreaterThan(0);
    await expect.poll(() => kept.every((cache) => cache === "hit")).toBe(true);
    await context.close();
  });
});

