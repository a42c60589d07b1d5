// PLACEHOLDER: being written now; must not remain.
export default function AccountPage() {
  return <p>AccountPage</p>;
}
