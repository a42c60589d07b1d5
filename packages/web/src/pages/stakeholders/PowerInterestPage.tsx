// PLACEHOLDER: being written now; must not remain.
export default function PowerInterestPage() {
  return <p>PowerInterestPage</p>;
}
