// PLACEHOLDER: being written now; must not remain.
export default function VisitFormPage() {
  return <p>VisitFormPage</p>;
}
