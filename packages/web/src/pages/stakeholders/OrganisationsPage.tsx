// PLACEHOLDER: being written now; must not remain.
export default function OrganisationsPage() {
  return <p>OrganisationsPage</p>;
}
