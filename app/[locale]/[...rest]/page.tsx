import { notFound } from "next/navigation";

// Any address no page answers gets the not-found page in its language.
export default function UnknownPage() {
  notFound();
}
