import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

// One stored signed-in state per role, made once and reused by the journeys.
const people = {
  "staff-an-giang": "canbo.angiang@dti.example",
  "official-an-giang": "lanhdao.angiang@dti.example",
  "staff-hau-giang": "canbo.haugiang@dti.example",
  admin: "quantri@dti.example",
  "staff-an-giang-2025": "canbo.angiang2025@dti.example",
  "official-an-giang-2025": "lanhdao.angiang2025@dti.example",
};

for (const [role, email] of Object.entries(people)) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/work$/);
    await page.context().storageState({ path: `tests/e2e/.auth/${role}.json` });
  });
}
