// PLACEHOLDER: being written now; must not remain.
export default function ReadinessPage() {
  return <p>ReadinessPage</p>;
}
