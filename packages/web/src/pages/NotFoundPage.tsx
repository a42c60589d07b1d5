// PLACEHOLDER: being written now; must not remain.
export default function NotFoundPage() {
  return <p>NotFoundPage</p>;
}
