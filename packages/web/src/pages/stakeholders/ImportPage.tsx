// PLACEHOLDER: being written now; must not remain.
export default function ImportPage() {
  return <p>ImportPage</p>;
}
