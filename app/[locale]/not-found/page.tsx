import type { Metadata } from "next";
import { NotFoundView } from "@/components/layout/NotFoundView";
import { getI18n } from "@/lib/i18n/server";

// Next renders a page's notFound() only in the browser: the HTML it sends is
// an empty <html id="__next_error__">. The app's server (scripts/lib/not-found-page.mjs)
// sends this page instead, always with status 404, so a reader without
// scripts, a crawler or a screen reader gets the page in its language.
export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.errors.notFoundTitle, robots: { index: false } };
}

export default function NotFoundPage() {
  return <NotFoundView />;
}
