// PLACEHOLDER: being written now; must not remain.
export default function VisitPage() {
  return <p>VisitPage</p>;
}
