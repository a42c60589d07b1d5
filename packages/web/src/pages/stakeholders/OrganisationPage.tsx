// PLACEHOLDER: being written now; must not remain.
export default function OrganisationPage() {
  return <p>OrganisationPage</p>;
}
