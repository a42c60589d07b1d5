// PLACEHOLDER: being written now; must not remain.
export default function VisitsPage() {
  return <p>VisitsPage</p>;
}
