// PLACEHOLDER: being written now; must not remain.
export default function SetupPage() {
  return <p>SetupPage</p>;
}
