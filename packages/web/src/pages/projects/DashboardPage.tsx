// PLACEHOLDER: being written now; must not remain.
export default function DashboardPage() {
  return <p>DashboardPage</p>;
}
