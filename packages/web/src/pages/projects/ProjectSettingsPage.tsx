// PLACEHOLDER: being written now; must not remain.
export default function ProjectSettingsPage() {
  return <p>ProjectSettingsPage</p>;
}
