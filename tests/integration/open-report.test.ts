// The working home's "open a report" form without JavaScript: a GET to
// /work/open that answers 303 with a relative Location, to the report for a
// unit the person may open, and back to the working home otherwise.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/server/session", () => ({ getCurrentUser: vi.fn() }));

import { GET } from "@/app/[locale]/work/open/route";
import type { SignedInUser } from "@/lib/server/session";
import { actAs } from "./action-fixtures";
import { provinceIdOf } from "./helpers";

// Who the route runs as: nothing is written, so people need no rows of their own.
const person = (role: SignedInUser["role"], provinceId: number | null, slug: string | null): SignedInUser => ({
  id: 999_001,
  name: "Người thử",
  email: "it-open@test.vn",
  role,
  provinceId,
  provinceSlug: slug,
  provinceName: null,
});

let staffAG: SignedInUser;
let officialAG: SignedInUser;
let admin: SignedInUser;

beforeAll(async () => {
  const anGiang = await provinceIdOf("an-giang");
  staffAG = person("STAFF", anGiang, "an-giang");
  officialAG = person("OFFICIAL", anGiang, "an-giang");
  admin = person("ADMIN", null, null);
});

/** What the form sends, as the browser sends it: to the address the person opened (here a proxy's). */
const open = (query: string) => GET(new Request(`https://dti.example.gov.vn/work/open?${query}`));

async function expectSeeOther(response: Response, location: string) {
  expect(response.status).toBe(303);
  expect(response.headers.get("location")).toBe(location);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.text()).toBe("");
}

describe("opening a report without JavaScript", () => {
  it("sends a person to the report of a unit they may open, by a relative address", async () => {
    actAs(staffAG);
    await expectSeeOther(await open("province=an-giang&period=2025-Q1"), "/work/reports/an-giang/2025-Q1");
    // The period as the form's select sends it, or typed: a year, a half, a quarter.
    await expectSeeOther(await open("province=an-giang&period=2024"), "/work/reports/an-giang/2024");
    await expectSeeOther(await open("province=an-giang&period=2024-H2"), "/work/reports/an-giang/2024-H2");
    actAs(officialAG);
    await expectSeeOther(await open("province=an-giang&period=2023-Q4"), "/work/reports/an-giang/2023-Q4");
    actAs(admin);
    await expectSeeOther(await open("province=hau-giang&period=2025-Q2"), "/work/reports/hau-giang/2025-Q2");
  });

  it("sends a person back to the working home for a unit they may not open, or one that does not exist", async () => {
    actAs(staffAG);
    await expectSeeOther(await open("province=hau-giang&period=2025-Q1"), "/work?invalid=1");
    await expectSeeOther(await open("province=no-such-unit&period=2025-Q1"), "/work?invalid=1");
    actAs(officialAG);
    await expectSeeOther(await open("province=kien-giang&period=2025-Q1"), "/work?invalid=1");
  });

  it("sends a person back for a period or unit that is not one, before building any address from it", async () => {
    actAs(staffAG);
    for (const query of [
      "province=an-giang&period=2025-Q5",
      "province=an-giang&period=2025-13",
      "province=an-giang&period=",
      "province=an-giang",
      "province=..%2Fadmin&period=2025-Q1",
      "province=%2F%2Fevil.example&period=2025-Q1",
      "province=An-Giang&period=2025-Q1",
      "period=2025-Q1",
    ]) {
      await expectSeeOther(await open(query), "/work?invalid=1");
    }
  });

  it("sends the public to sign in", async () => {
    actAs(null);
    await expectSeeOther(await open("province=an-giang&period=2025-Q1"), "/sign-in?next=/work");
  });
});
