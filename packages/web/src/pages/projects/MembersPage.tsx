// PLACEHOLDER: being written now; must not remain.
export default function MembersPage() {
  return <p>MembersPage</p>;
}
