// PLACEHOLDER: being written now; must not remain.
export default function InvitationPage() {
  return <p>InvitationPage</p>;
}
