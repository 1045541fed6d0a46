import { SavedScenarios } from '../../components/SavedScenarios';

export const metadata = { title: 'My scenarios' };

export default function ScenariosPage() {
  return (
    <main>
      <h1>My scenarios</h1>
      <p className="muted small">
        Kept on this device and synced to your anonymous device identity; share any of them as a
        read-only link.
      </p>
      <SavedScenarios />
    </main>
  );
}
