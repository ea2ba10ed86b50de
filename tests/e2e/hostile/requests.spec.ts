// Hostile posts to pages, answered as the client's error (4xx with the
// security headers) before they reach the framework, and the real form still
// working after them.
import { expect, test, type APIRequestContext } from "@playwright/test";

/** The sign-in form's action id, as the page writes it for a browser without script. */
async function signInAction(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/sign-in")).text();
  const id = /&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/.exec(html)?.[1];
  expect(id, "the sign-in form names its action").toBeTruthy();
  return id!;
}

function expectRefused(response: { status(): number; headers(): Record<string, string> }, status: number) {
  expect(response.status()).toBe(status);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-security-policy"] ?? "").toContain("frame-ancestors 'none'");
}

test.describe("posts to a page", () => {
  test("an action call whose body is not one React sends is a 400, whatever it holds", async ({ request }) => {
    const action = await signInAction(request);
    const text = { "next-action": action, "content-type": "text/plain;charset=UTF-8" };
    for (const data of ["xxxx", "[1,2,3]", '"$@9999"', '["$K1"]']) expectRefused(await request.post("/sign-in", { headers: text, data }), 400);
    // A form whose arguments name a part it does not hold.
    const missingPart = await request.post("/sign-in", { headers: { "next-action": action }, multipart: { "0": '["$@9999","$K1"]', "1_email": "a@b.vn" } });
    expectRefused(missingPart, 400);
  });

  test("a post with no action is a 405 naming the methods a page takes; a large or cross-site one is refused by size or origin", async ({ request }) => {
    for (const path of ["/rankings", "/provinces/an-giang", "/sign-in"]) {
      const response = await request.post(path, { form: { a: "b" } });
      expectRefused(response, 405);
      expect(response.headers()["allow"]).toBe("GET, HEAD");
    }
    const action = await signInAction(request);
    expectRefused(await request.post("/sign-in", { headers: { origin: "https://evil.example" }, multipart: { [`$ACTION_ID_${action}`]: "", email: "a@b.vn" } }), 403);
    expectRefused(await request.post("/sign-in", { form: { [`$ACTION_ID_${action}`]: "", pad: "x".repeat(1.5 * 1024 * 1024) } }), 413);
  });

  test("after all of them, signing in with a wrong password is refused by the form as usual", async ({ page, request }) => {
    await request.post("/sign-in", { headers: { "next-action": await signInAction(request), "content-type": "text/plain;charset=UTF-8" }, data: "xxxx" });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("khong-co-tai-khoan@dti.example");
    await page.getByLabel("Mật khẩu").fill("not-the-password-at-all");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("#sign-in-error")).toHaveText("Email hoặc mật khẩu không đúng.");
  });
});
