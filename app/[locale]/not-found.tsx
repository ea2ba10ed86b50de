import { NotFoundView } from "@/components/layout/NotFoundView";

// In the browser, after a link to a page that does not exist; the server's own HTML is app/[locale]/not-found/page.tsx.
export default function NotFound() {
  return <NotFoundView />;
}
