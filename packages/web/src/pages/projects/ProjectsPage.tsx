// PLACEHOLDER: being written now; must not remain.
export default function ProjectsPage() {
  return <p>ProjectsPage</p>;
}
